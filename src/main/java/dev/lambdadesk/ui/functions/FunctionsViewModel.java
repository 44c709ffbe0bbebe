package dev.lambdadesk.ui.functions;

import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.functions.explorer.FunctionExplorerViewModel;

/**
 * The Functions section: the explorer of the account's functions, and the Create function form opened from it
 * (new, "create similar", or prefilled by another screen). Reloads when the connection changes.
 */
public final class FunctionsViewModel {

    /** What the section shows. */
    public enum Page { EXPLORER, CREATE }

    private final Workspace context;
    private final FunctionExplorerViewModel explorer;
    /** Made when first needed: start-up shows the explorer, and the form's sections and rules cost time to build. */
    private CreateFunctionViewModel create;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.EXPLORER);

    public FunctionsViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.explorer = new FunctionExplorerViewModel(context);
        explorer.onCreateSimilar(this::createSimilar);
        context.session().onSwitch(spec -> context.ui().post(this::connectionChanged));
        if (context.session().isConnected()) {
            explorer.refresh();
        }
    }

    private void connectionChanged() {
        if (create != null) { // a form not made yet lists its roles and configurations when it opens
            create.connectionChanged();
        }
    }

    /** Opens an empty Create function form (Ctrl+N), offering a saved draft. */
    public void newFunction() {
        if (page.get() != Page.CREATE) {
            page.set(Page.CREATE);
            create().opened();
        }
    }

    /** Opens the form prefilled like an existing function. */
    public void createSimilar(FunctionDetails details) {
        create().prefillFrom(details);
        page.set(Page.CREATE);
        create.openedForCopy();
    }

    /**
     * Opens the form with a package from Sign and deploy as its code and, when one trusts its signer, a code signing
     * configuration; the form's defaults fill the rest. No draft is offered: the form holds what was handed over.
     */
    public void newFunctionFrom(DeployablePackage pkg, Optional<String> configArn) {
        create().deployPackage(pkg, configArn);
        page.set(Page.CREATE);
        create.openedForCopy();
    }

    /** Back to the explorer; what the form holds stays (and is in the draft). */
    public void showExplorer() {
        page.set(Page.EXPLORER);
    }

    public FunctionExplorerViewModel explorer() {
        return explorer;
    }

    /** The Create function form, made on first use. Call on the UI thread. */
    public CreateFunctionViewModel create() {
        if (create == null) {
            create = new CreateFunctionViewModel(context);
            create.onCreated(status -> {
                page.set(Page.EXPLORER);
                explorer.selectedProperty().set(context.stores().functions().get(status.functionName())
                        .orElse(null));
                explorer.showNotice("Created " + status.functionName() + "; its state is in the panel below.");
            });
        }
        return create;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }
}
