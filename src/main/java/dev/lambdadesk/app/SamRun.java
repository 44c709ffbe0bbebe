package dev.lambdadesk.app;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;

import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.SamProgress;
import dev.lambdadesk.sam.SigningPlan;
import dev.lambdadesk.sam.SigningProfiles;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.sam.TemplateReader;

/** What the {@code sam} commands share: reading the template, progress lines, and how they end. */
final class SamRun {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int UNUSABLE = 2;

    private final CommandSpec spec;

    SamRun(CommandSpec spec) {
        this.spec = spec;
    }

    /** The template read for a stack ({@code settings} null: no stack, SAM CLI's default name, this region). */
    SamApplication load(SamTemplateOptions template, SamConnectionOptions connection,
                        SamApplication.Settings settings) throws TemplateException {
        SamApplication.Settings offline = SamApplication.Settings.offline(template.overrides());
        return SamApplication.load(new TemplateReader().read(template.templateFile), settings != null ? settings
                : new SamApplication.Settings(offline.stackName(), connection.region(), offline.accountId(),
                offline.overrides()));
    }

    /** Progress lines on standard error: {@code HelloWorld: signing with MySigningProfile}. */
    SamProgress progress() {
        PrintWriter err = spec.commandLine().getErr();
        return (id, message) -> {
            err.println((id.isEmpty() ? "" : id + ": ") + message);
            err.flush();
        };
    }

    /** Says, before anything is uploaded, which functions are not signed for their code signing config. */
    void signingPlan(SamApplication app, SigningProfiles signing) {
        SamProgress progress = progress();
        SigningPlan.of(app, signing).stream().filter(e -> !e.unsignedParts().isEmpty())
                .forEach(e -> progress.step("", "warning: " + e.describe()));
    }

    int unusable(String message) {
        return end(message, UNUSABLE);
    }

    int refused(String message) {
        return end(message, REFUSED);
    }

    private int end(String message, int code) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return code;
    }
}
