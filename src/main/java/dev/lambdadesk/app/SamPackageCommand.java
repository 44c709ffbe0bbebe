package dev.lambdadesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.sam.Packager;
import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.SamException;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.sam.TemplateWriter;

/** {@code sam package}: zips, uploads and signs the code, and writes the template that points at it. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Zips each CodeUri/ContentUri (deterministically), uploads it to the bucket, signs the "
                + "resources named in --signing-profiles with AWS Signer, and writes the packaged template.%n"
                + "Exit status: 0 packaged, 1 refused (bucket, signing, upload), 2 unreadable template or options.")
final class SamPackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SamTemplateOptions template = new SamTemplateOptions();

    @Mixin
    SamConnectionOptions connection = new SamConnectionOptions();

    @Mixin
    SamPackagingOptions packaging = new SamPackagingOptions();

    @Option(names = "--output-template-file", paramLabel = "FILE",
            description = "Where to write the packaged template (default: standard output).")
    Path output;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SamRun run = new SamRun(spec);
        if (connection.problem().isPresent()) {
            return run.unusable(connection.problem().get());
        }
        if (packaging.bucket == null) {
            return run.unusable("sam package needs --s3-bucket: the bucket the packages go to.");
        }
        try (AwsClients clients = connection.open()) {
            SamApplication app = run.load(template, connection, null);
            run.signingPlan(app, packaging.options().signing());
            Packager.Result result = new Packager(new PackageStorage(clients, connection.explainer()),
                    run.progress()).pack(app, packaging.options());
            TemplateWriter writer = new TemplateWriter();
            if (output == null) {
                spec.commandLine().getOut().print(writer.toYaml(result.template()));
                spec.commandLine().getOut().flush();
            } else {
                writer.write(result.template(), output);
                err.println("Wrote the packaged template to " + output);
            }
            err.flush();
            return 0;
        } catch (TemplateException e) {
            return run.unusable(e.getMessage());
        } catch (SamException e) {
            return run.refused(e.getMessage());
        } catch (IOException e) {
            return run.refused("Cannot write " + output + ": " + e.getMessage());
        }
    }
}
