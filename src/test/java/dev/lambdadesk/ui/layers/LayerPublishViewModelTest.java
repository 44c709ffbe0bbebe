package dev.lambdadesk.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.ui.common.Problem;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFixture;

/** The Publish layer version form checks PublishLayerVersion's rules as it is filled in, and keeps a draft. */
class LayerPublishViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aNewFormAsksForNameAndPackageAndCannotPublish() {
        LayerPublishViewModel form = new LayerPublishViewModel(new SigningFixture(new Session(), dir).context);

        assertThat(form.publishDisabledProperty().get()).isTrue();
        assertThat(form.validation().problems()).extracting(Problem::fieldId).contains("layer-name", "layer-content");
    }

    @Test
    void badValuesAreNamedOnTheirFields() throws Exception {
        LayerPublishViewModel form = new LayerPublishViewModel(new SigningFixture(new Session(), dir).context);
        form.chooseZip(PackageZips.python(dir, "deps.zip"));
        form.layerNameProperty().set("has spaces");
        form.runtimesProperty().set("python3.12, cobol85");

        assertThat(form.validation().problems()).extracting(Problem::fieldId)
                .contains("layer-name", "layer-runtimes");
        assertThat(form.publishDisabledProperty().get()).isTrue();

        form.layerNameProperty().set("deps");
        form.runtimesProperty().set("python3.12");
        assertThat(form.validation().hasErrors()).isFalse();
        assertThat(form.request().path("Content").has("ZipFile")).isTrue();
        assertThat(form.request().get("CompatibleRuntimes").get(0).asText()).isEqualTo("python3.12");
    }

    @Test
    void anS3PackageIsSentAsBucketAndKeyAndTheDraftComesBack() {
        SigningFixture fx = new SigningFixture(new Session(), dir);
        LayerPublishViewModel form = new LayerPublishViewModel(fx.context);
        form.layerNameProperty().set("deps");
        form.fromS3Property().set(true);
        form.s3().bucketProperty().set("code");
        form.s3().keyProperty().set("layers/deps.zip");
        form.arm64Property().set(true);
        assertThat(form.request().get("Content").toString())
                .isEqualTo("{\"S3Bucket\":\"code\",\"S3Key\":\"layers/deps.zip\"}");
        assertThat(form.request().get("CompatibleArchitectures").toString()).isEqualTo("[\"arm64\"]");
        fx.scheduler.advance(Duration.ofSeconds(1));

        LayerPublishViewModel reopened = new LayerPublishViewModel(fx.context);
        reopened.draft().check();
        assertThat(reopened.draft().offerTextProperty().get()).contains("deps");
        reopened.draft().restore();
        assertThat(reopened.fromS3Property().get()).isTrue();
        assertThat(reopened.s3().keyProperty().get()).isEqualTo("layers/deps.zip");
        assertThat(reopened.arm64Property().get()).isTrue();
        assertThat(reopened.x86Property().get()).isFalse();
    }
}
