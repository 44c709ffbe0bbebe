package dev.lambdadesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the layers: core <- validation <- aws <- ui; persist uses core; local uses core + validation;
 * sam uses core, validation, aws and persist.
 */
@AnalyzeClasses(packages = "dev.lambdadesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "dev.lambdadesk.core..";
    private static final String VALIDATION = "dev.lambdadesk.validation..";
    private static final String AWS = "dev.lambdadesk.aws..";
    private static final String LOCAL = "dev.lambdadesk.local..";
    private static final String PERSIST = "dev.lambdadesk.persist..";
    private static final String UI = "dev.lambdadesk.ui..";
    private static final String APP = "dev.lambdadesk.app..";
    private static final String SAM = "dev.lambdadesk.sam..";

    @ArchTest
    static final ArchRule coreDependsOnNoOtherLayer = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(VALIDATION, AWS, LOCAL, PERSIST, UI, APP, SAM);

    @ArchTest
    static final ArchRule validationUsesOnlyCore = noClasses().that().resideInAPackage(VALIDATION)
            .should().dependOnClassesThat().resideInAnyPackage(AWS, LOCAL, PERSIST, UI, APP, SAM);

    @ArchTest
    static final ArchRule awsDoesNotReachUp = noClasses().that().resideInAPackage(AWS)
            .should().dependOnClassesThat().resideInAnyPackage(LOCAL, PERSIST, UI, APP, SAM);

    @ArchTest
    static final ArchRule persistUsesOnlyCore = noClasses().that().resideInAPackage(PERSIST)
            .should().dependOnClassesThat().resideInAnyPackage(VALIDATION, AWS, LOCAL, UI, APP, SAM);

    @ArchTest
    static final ArchRule localUsesOnlyCoreAndValidation = noClasses().that().resideInAPackage(LOCAL)
            .should().dependOnClassesThat().resideInAnyPackage(AWS, PERSIST, UI, APP, SAM);

    /** SAM applications: the engine uses core, validation, aws and persist; the app and the SAM view use it. */
    @ArchTest
    static final ArchRule samUsesOnlyLowerLayers = noClasses().that().resideInAPackage(SAM)
            .should().dependOnClassesThat().resideInAnyPackage(LOCAL, UI, APP);

    @ArchTest
    static final ArchRule samReachesTheSdkOnlyThroughAws = noClasses().that().resideInAPackage(SAM)
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "javafx..");

    @ArchTest
    static final ArchRule uiNeverImportsLocalOrApp = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(LOCAL, APP);

    @ArchTest
    static final ArchRule uiNeverImportsSdkModelClasses = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule onlyUiTouchesTheSceneGraph = noClasses().that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    @ArchTest
    static final ArchRule noLayerBelowUiUsesTheToolkit = noClasses().that()
            .resideInAnyPackage(CORE, VALIDATION, AWS, LOCAL, PERSIST)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    /** ViewModels hold state and commands; the scene graph and the FX thread are the View's and the executor's. */
    @ArchTest
    static final ArchRule viewModelsKnowNoViewAndSwitchNoThreads = noClasses().that().resideInAPackage(UI)
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform");

    /** The UI's feature packages depend on each other one way only. */
    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices().matching("dev.lambdadesk.ui.(**)").should()
            .beFreeOfCycles();
}
