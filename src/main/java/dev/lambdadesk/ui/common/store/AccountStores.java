package dev.lambdadesk.ui.common.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.ServiceCalls;

/**
 * What the account of the current connection holds, one {@link ResourceStore} per kind, shared by every screen.
 * Switching connection empties every store at once and lists again what was listed before (a late answer for the
 * old connection is dropped by {@link ServiceCalls}); each store is listed the first time a screen needs it.
 * UI thread only.
 */
public final class AccountStores {

    private final Session session;
    private final ServiceCalls calls;
    private final ResourceStore<FunctionSummary> functions = new ResourceStore<>("functions", FunctionSummary::name);
    private final ResourceStore<ConfigRow> configs = new ResourceStore<>("configurations", r -> r.info().arn());
    private final ResourceStore<SigningProfileInfo> profiles =
            new ResourceStore<>("profiles", SigningProfileInfo::name);
    private final ResourceStore<SigningJobInfo> jobs = new ResourceStore<>("jobs", SigningJobInfo::jobId);
    private final ResourceStore<RoleInfo> roles = new ResourceStore<>("roles", RoleInfo::arn);
    private final ResourceStore<String> buckets = new ResourceStore<>("buckets", name -> name);
    private final ResourceStore<LayerVersionInfo> layers =
            new ResourceStore<>("layer versions", LayerVersionInfo::layerVersionArn);
    private FunctionPages functionPages;

    public AccountStores(Session session, ServiceCalls calls) {
        this.session = Objects.requireNonNull(session, "session");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** The connection changed (on the UI thread): forget everything, list again what screens had listed. */
    public void connectionChanged() {
        boolean[] wanted = {true, listedOrListing(configs), listedOrListing(profiles), listedOrListing(roles),
                listedOrListing(buckets), listedOrListing(layers)};
        stopFunctionPages();
        for (ResourceStore<?> store : List.of(functions, configs, profiles, jobs, roles, buckets, layers)) {
            calls.cancel(store);
            store.reset();
        }
        if (!session.isConnected()) {
            return;
        }
        if (wanted[0]) {
            refreshFunctions();
        }
        if (wanted[1]) {
            refreshConfigs();
        }
        if (wanted[2]) {
            refreshProfiles();
        }
        if (wanted[3]) {
            refreshRoles();
        }
        if (wanted[4]) {
            refreshBuckets();
        }
        if (wanted[5]) {
            refreshLayers();
        }
    }

    private static boolean listedOrListing(ResourceStore<?> store) {
        return store.loadedProperty().get() || store.loadingProperty().get();
    }

    /** Lists every function again, page by page; the store fills as pages arrive. */
    public void refreshFunctions() {
        stopFunctionPages();
        functions.loadingStarted();
        if (!session.isConnected()) {
            functions.loadingFinished(null);
            return;
        }
        boolean[] first = {true};
        // ListFunctions carries no State: a state learnt since stays while the function is unchanged
        java.util.Map<String, FunctionSummary> known = new java.util.HashMap<>();
        functions.items().stream().filter(f -> !f.state().isEmpty()).forEach(f -> known.put(f.name(), f));
        FunctionPages pages = new FunctionPages(calls.executor(), chunk -> {
            if (first[0]) {
                first[0] = false;
                functions.clearForListing();
            }
            functions.append(chunk.stream().map(f -> withKnownState(f, known.get(f.name()))).toList());
        });
        functionPages = pages;
        calls.latest(functions, () -> {
            session.lambda().listFunctions(pages::arrived, pages::isStopped);
            return null;
        }, done -> pages.finish(() -> {
            if (first[0]) {
                functions.clearForListing(); // the account has none (any more)
            }
            functions.loadingFinished(null);
        }), refusal -> pages.finish(() -> functions.loadingFinished(refusal)));
    }

    private static FunctionSummary withKnownState(FunctionSummary listed, FunctionSummary before) {
        return before == null || !listed.state().isEmpty() || !before.lastModified().equals(listed.lastModified())
                ? listed : listed.withState(before.state());
    }

    private void stopFunctionPages() {
        if (functionPages != null) {
            functionPages.stop();
            functionPages = null;
        }
    }

    /** Lists the code signing configurations and, for each, the functions using it. */
    public void refreshConfigs() {
        list(configs, () -> {
            List<ConfigRow> rows = new ArrayList<>();
            for (CodeSigningConfigInfo c : session.codeSigningConfigs().list()) {
                rows.add(new ConfigRow(c, session.codeSigningConfigs().functionsUsing(c.arn())));
            }
            return rows;
        });
    }

    public void refreshProfiles() {
        list(profiles, () -> session.signer().listProfiles(Set.of(), Optional.empty()));
    }

    public void refreshRoles() {
        list(roles, () -> session.iam().listRoles());
    }

    public void refreshBuckets() {
        list(buckets, () -> session.s3().listBuckets());
    }

    /** Lists every version of every layer, each read in full (its package's size, SHA-256 and signer). */
    public void refreshLayers() {
        list(layers, () -> {
            List<LayerVersionInfo> all = new ArrayList<>();
            for (LayerVersionInfo layer : session.layers().layers(Optional.empty(), Optional.empty())) {
                for (LayerVersionInfo version : session.layers().versions(layer.layerName())) {
                    all.add(session.layers().get(version.layerVersionArn()));
                }
            }
            return all;
        });
    }

    /** Lists what the store holds unless it is listed or being listed for this connection. */
    public void ensureListed(ResourceStore<?> store) {
        if (listedOrListing(store) || !session.isConnected()) {
            return;
        }
        if (store == functions) {
            refreshFunctions();
        } else if (store == configs) {
            refreshConfigs();
        } else if (store == profiles) {
            refreshProfiles();
        } else if (store == roles) {
            refreshRoles();
        } else if (store == buckets) {
            refreshBuckets();
        } else if (store == layers) {
            refreshLayers();
        }
    }

    private <T> void list(ResourceStore<T> store, java.util.concurrent.Callable<List<T>> listing) {
        store.loadingStarted();
        if (!session.isConnected()) {
            store.loadingFinished(null);
            return;
        }
        calls.latest(store, listing, store::replaceAll, store::loadingFinished);
    }

    /** A function now uses {@code configArn} (or none, when empty): the configurations' "used by" follow. */
    public void functionUsesConfig(String functionArn, String configArn) {
        String unqualified = unqualified(functionArn);
        for (ConfigRow row : List.copyOf(configs.items())) {
            boolean uses = row.info().arn().equals(configArn);
            boolean listed = row.functionArns().stream().anyMatch(a -> unqualified(a).equals(unqualified));
            if (uses != listed) {
                List<String> arns = new ArrayList<>(row.functionArns());
                if (uses) {
                    arns.add(unqualified);
                } else {
                    arns.removeIf(a -> unqualified(a).equals(unqualified));
                }
                configs.put(new ConfigRow(row.info(), arns));
            }
        }
    }

    /** A function was deleted: it is gone from the list and from every configuration's users. */
    public void functionDeleted(String functionName) {
        functions.get(functionName).ifPresent(f -> functionUsesConfig(f.arn(), ""));
        functions.remove(functionName);
    }

    private static String unqualified(String functionArn) {
        String name = ConfigRow.nameOf(functionArn);
        int at = functionArn.indexOf(":function:");
        return at < 0 ? functionArn : functionArn.substring(0, at + ":function:".length()) + name;
    }

    public ResourceStore<FunctionSummary> functions() {
        return functions;
    }

    public ResourceStore<ConfigRow> configs() {
        return configs;
    }

    public ResourceStore<SigningProfileInfo> profiles() {
        return profiles;
    }

    public ResourceStore<SigningJobInfo> jobs() {
        return jobs;
    }

    public ResourceStore<RoleInfo> roles() {
        return roles;
    }

    public ResourceStore<String> buckets() {
        return buckets;
    }

    /** Every version of every layer of the account, keyed by layer version ARN. */
    public ResourceStore<LayerVersionInfo> layers() {
        return layers;
    }
}
