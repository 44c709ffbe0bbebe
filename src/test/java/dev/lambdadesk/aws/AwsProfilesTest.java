package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfilesTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfProfileIsFoundWithItsRegion() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                [default]
                region = eu-west-1

                [profile dev-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Developer
                region = us-west-2

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1

                [profile admin]
                role_arn = arn:aws:iam::111122223333:role/Admin
                source_profile = default

                [profile vault]
                credential_process = /usr/local/bin/vault-creds
                """);
        Path credentials = Files.writeString(dir.resolve("credentials"), """
                [default]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secretexample
                """);

        var profiles = AwsProfiles.discover(config, credentials).profiles();

        assertThat(profiles).extracting(AwsProfiles.AwsProfile::name)
                .containsExactly("default", "admin", "dev-sso", "vault");
        assertThat(profiles).contains(
                new AwsProfiles.AwsProfile("default", AwsProfiles.Kind.STATIC_KEYS, Optional.of("eu-west-1")),
                new AwsProfiles.AwsProfile("dev-sso", AwsProfiles.Kind.SSO, Optional.of("us-west-2")),
                new AwsProfiles.AwsProfile("admin", AwsProfiles.Kind.ASSUME_ROLE, Optional.empty()),
                new AwsProfiles.AwsProfile("vault", AwsProfiles.Kind.CREDENTIAL_PROCESS, Optional.empty()));
    }

    @Test
    void aBrokenFileGivesWhatCanBeReadAndNeverThrows() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                this line is not ini
                [profile ok]
                region = us-east-1
                """);
        Path credentials = Files.writeString(dir.resolve("credentials"), """
                [ci]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secretexample
                """);

        AwsProfiles.Discovery found = AwsProfiles.discover(config, credentials);

        assertThat(found.profiles()).extracting(AwsProfiles.AwsProfile::name).containsExactly("ci");
        assertThat(found.problem()).get().asString().contains(config.toString()).contains("cannot be read");
    }

    @Test
    void missingFilesMeanNoProfiles() {
        AwsProfiles.Discovery found = AwsProfiles.discover(dir.resolve("nope"), dir.resolve("nope2"));
        assertThat(found.profiles()).isEmpty();
        assertThat(found.problem()).isEmpty();
    }

    @Test
    void commercialRegionsExcludeOtherPartitions() {
        assertThat(AwsProfiles.commercialRegions()).contains("us-east-1", "eu-central-1", "ap-southeast-2")
                .doesNotContain("us-gov-west-1", "cn-north-1", "aws-global");
    }
}
