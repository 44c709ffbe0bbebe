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
    void legacySsoWebIdentityAndKeylessProfilesAreTold() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                [profile old-sso]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = eu-west-1

                [profile ci-oidc]
                role_arn = arn:aws:iam::111122223333:role/Ci
                web_identity_token_file = /var/run/token

                [profile only-region]
                region = ap-south-1
                """);

        var profiles = AwsProfiles.discover(config, dir.resolve("no-credentials")).profiles();

        assertThat(profiles).containsExactly(
                new AwsProfiles.AwsProfile("ci-oidc", AwsProfiles.Kind.WEB_IDENTITY, Optional.empty()),
                new AwsProfiles.AwsProfile("old-sso", AwsProfiles.Kind.SSO, Optional.of("eu-west-1")),
                new AwsProfiles.AwsProfile("only-region", AwsProfiles.Kind.OTHER, Optional.of("ap-south-1")));
        assertThat(AwsProfiles.Kind.SSO.label()).isEqualTo("IAM Identity Center");
    }

    @Test
    void aBrokenCredentialsFileLeavesTheConfigProfiles() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                [profile dev-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Developer

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                """);
        Path credentials = Files.writeString(dir.resolve("credentials"), "aws_access_key_id = outside any profile\n");

        AwsProfiles.Discovery found = AwsProfiles.discover(config, credentials);

        assertThat(found.profiles()).extracting(AwsProfiles.AwsProfile::name).containsExactly("dev-sso");
        assertThat(found.problem()).get().asString().contains(credentials.toString())
                .doesNotContain(config.toString());
    }

    @Test
    void aProfileSourceListsTheProfilesOfItsOwnFiles() throws Exception {
        Path credentials = Files.writeString(dir.resolve("credentials"), """
                [sandbox]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secretexample
                region = eu-north-1
                """);

        AwsProfiles.Discovery found = ProfileSource.files(dir.resolve("no-config"), credentials).discover();

        assertThat(found.profiles()).containsExactly(
                new AwsProfiles.AwsProfile("sandbox", AwsProfiles.Kind.STATIC_KEYS, Optional.of("eu-north-1")));
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
