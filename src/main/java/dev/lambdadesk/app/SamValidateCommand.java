package dev.lambdadesk.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.lambdadesk.sam.Finding;
import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.sam.TemplateReader;
import dev.lambdadesk.sam.TemplateValidator;
import dev.lambdadesk.validation.RequestValidator;

/** {@code sam validate}: the template checked offline with the forms' rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a SAM template offline: each function, layer and code signing config with the API's "
                + "rules (after parameters and Globals), and the template's references.%n"
                + "Exit status: 0 valid (warnings allowed), 1 invalid, 2 unreadable template.")
final class SamValidateCommand implements Callable<Integer> {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    SamTemplateOptions template = new SamTemplateOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SamApplication app;
        try {
            app = SamApplication.load(new TemplateReader().read(template.templateFile),
                    SamApplication.Settings.offline(template.overrides()));
        } catch (TemplateException e) {
            err.println(e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        List<Finding> findings = new TemplateValidator(RequestValidator.standard()).validate(app);
        findings.forEach(out::println);
        app.notDeployed().forEach(n -> out.println("note: " + n));
        out.flush();
        boolean valid = findings.stream().noneMatch(Finding::isError);
        err.println(template.templateFile + (valid ? ": valid SAM template" : ": invalid SAM template ("
                + findings.stream().filter(Finding::isError).count() + " errors)"));
        err.flush();
        return valid ? VALID : INVALID;
    }
}
