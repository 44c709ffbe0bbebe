package dev.lambdadesk.ui.deploy;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * Explains a refused deployment of a package from Sign and deploy: for a code signing refusal it reads (off the UI
 * thread) the signing job, its profile and the configuration that judged the package, so the refusal says which
 * check failed and what to do. Every form that deploys code uses it, so a refusal reads the same everywhere.
 */
public final class PackageFacts {

    private PackageFacts() {
    }

    /**
     * Hands {@code then} (on the UI thread) the refusal in plain words. With a package and a code signing refusal
     * the facts are read first; {@code configArn} names the configuration (read off the UI thread too).
     */
    public static void explain(Session session, UiExecutor ui, Instant now, Refusal failed,
            Optional<DeployablePackage> pkg, Callable<Optional<String>> configArn, Consumer<Refusal> then) {
        if (pkg.isEmpty() || failed.kind() != AwsProblem.Kind.CODE_SIGNING) {
            then.accept(RefusalDiagnosis.diagnose(failed, Optional.empty(), now));
            return;
        }
        ui.run(() -> gather(session, pkg.get(), configArn),
                facts -> then.accept(RefusalDiagnosis.diagnose(failed, Optional.of(facts), now)),
                unexpected -> then.accept(RefusalDiagnosis.diagnose(failed, Optional.empty(), now)));
    }

    /** True when {@code code} (a request's Code, or UpdateFunctionCode's members) still names the package. */
    public static boolean deploys(DeployablePackage pkg, JsonNode code) {
        return pkg.code().properties().stream().allMatch(e -> e.getValue().equals(code.get(e.getKey())));
    }

    /** What is known about the package and the configuration, each part as far as it can be read. */
    static RefusalDiagnosis.Facts gather(Session session, DeployablePackage pkg,
            Callable<Optional<String>> configArn) {
        Optional<SigningJobInfo> job = pkg.job().flatMap(j -> quietly(() -> session.signer().job(j.jobId())));
        Optional<SigningProfileInfo> profile = pkg.job().flatMap(j -> quietly(() ->
                session.signer().profile(j.profileName())));
        Optional<String> arn = quietly(configArn).flatMap(o -> o);
        return new RefusalDiagnosis.Facts(pkg, job.or(pkg::job), profile,
                arn.flatMap(a -> quietly(() -> session.codeSigningConfigs().get(a))));
    }

    private static <T> Optional<T> quietly(Callable<T> read) {
        try {
            return Optional.ofNullable(read.call());
        } catch (Exception e) { // a fact that cannot be read leaves the diagnosis less precise, never broken
            return Optional.empty();
        }
    }
}
