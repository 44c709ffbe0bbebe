package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

/** IAM's roles over the Query protocol through the real IAM SDK client, and the raw XML it reads. */
class IamApiTest {

    private static final String LAMBDA_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theLambdaExecutionRoleIsSeeded() {
        Role role = fixture.iam.getRole(r -> r.roleName("lambda-basic-execution")).role();

        assertThat(role.arn()).isEqualTo("arn:aws:iam::000000000000:role/lambda-basic-execution");
        assertThat(role.roleId()).matches("AROA[A-Z0-9]{17}");
        assertThat(role.path()).isEqualTo("/");
        assertThat(role.createDate()).isNotNull();
        assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
                .contains("lambda.amazonaws.com");
        assertThat(fixture.iam.listRoles().roles()).extracting(Role::roleName).contains("lambda-basic-execution");
    }

    @Test
    void createdRolesAreListedAndUsableByLambda() {
        Role created = fixture.iam.createRole(r -> r.roleName("app-role").path("/service-role/")
                .assumeRolePolicyDocument(LAMBDA_TRUST).description("for the app")
                .tags(t -> t.key("team").value("blue"))).role();

        assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/service-role/app-role");
        assertThat(created.tags()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("blue"));
        assertThat(fixture.iam.getRole(r -> r.roleName("app-role")).role().description()).isEqualTo("for the app");
        assertThat(fixture.iam.listRoles(r -> r.pathPrefix("/service-role/")).roles()).extracting(Role::roleName)
                .containsExactly("app-role");
        assertThat(fixture.lambda.createFunction(LocalEndpointFixture.function("with-app-role")
                .role(created.arn()).build()).role()).isEqualTo(created.arn());
    }

    @Test
    void listRolesPages() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            fixture.iam.createRole(r -> r.roleName("paged-" + n).assumeRolePolicyDocument(LAMBDA_TRUST));
        }

        var first = fixture.iam.listRoles(r -> r.maxItems(2));

        assertThat(first.isTruncated()).isTrue();
        assertThat(first.marker()).isNotBlank();
        assertThat(fixture.iam.listRolesPaginator(r -> r.maxItems(2)).roles().stream().map(Role::roleName))
                .contains("paged-0", "paged-1", "paged-2").doesNotHaveDuplicates();
    }

    @Test
    void refusalsUseIamCodes() {
        fixture.iam.createRole(r -> r.roleName("Dup").assumeRolePolicyDocument(LAMBDA_TRUST));

        assertThatThrownBy(() -> fixture.iam.getRole(r -> r.roleName("missing")))
                .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("The role with name missing cannot be found.");
                });
        assertThatThrownBy(() -> fixture.iam.createRole(r -> r.roleName("dup").assumeRolePolicyDocument(LAMBDA_TRUST)))
                .isInstanceOfSatisfying(EntityAlreadyExistsException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(409));
        assertThatThrownBy(() -> fixture.iam.createRole(r -> r.roleName("bad-policy")
                .assumeRolePolicyDocument("{nope"))).isInstanceOf(MalformedPolicyDocumentException.class);
        assertThatThrownBy(() -> fixture.iam.createRole(r -> r.roleName("bad name!")
                .assumeRolePolicyDocument(LAMBDA_TRUST))).isInstanceOfSatisfying(IamException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
    }

    @Test
    void answersAreIamXmlInItsNamespace() throws Exception {
        SignedHttp http = new SignedHttp(fixture.endpoint);

        HttpResponse<String> list = http.send("POST", "/", "Action=ListRoles&Version=2010-05-08", "iam",
                "application/x-www-form-urlencoded; charset=utf-8", Clock.systemUTC());
        HttpResponse<String> missing = http.send("POST", "/", "Action=GetRole&RoleName=ghost&Version=2010-05-08",
                "iam", "application/x-www-form-urlencoded; charset=utf-8", Clock.systemUTC());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<ListRolesResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">")
                .contains("<ListRolesResult>").contains("<Roles><member>").contains("<ResponseMetadata><RequestId>")
                .doesNotContain("xmlns=\"\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">")
                .contains("<Error><Type>Sender</Type><Code>NoSuchEntity</Code>"
                        + "<Message>The role with name ghost cannot be found.</Message></Error>")
                .contains("<RequestId>");
    }
}
