package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Failures the connection tests cannot provoke through the local endpoint, built the way the SDK builds them. The
 * AccessDenied text has the form IAM documents for a denied call ("User: ARN is not authorized to perform: ACTION
 * on resource: ... because no identity-based policy allows the ACTION action", IAM User Guide, "Troubleshoot access
 * denied error messages").
 */
class AwsErrorExplainerTest {

    private final AwsErrorExplainer forDev = new AwsErrorExplainer(Optional.of("dev"));

    @Test
    void accessDeniedNamesTheProfileAndTheActionToAskFor() {
        String text = "User: arn:aws:iam::111122223333:user/dev is not authorized to perform: lambda:ListFunctions "
                + "on resource: * because no identity-based policy allows the lambda:ListFunctions action";
        AwsServiceException denied = AwsServiceException.builder().statusCode(403).requestId("4f1b-example")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException").serviceName("Lambda")
                        .errorMessage(text).build()).build();
        assertThat(denied.getMessage()).contains("Status Code: 403"); // what must not reach a person

        AwsProblem problem = forDev.explain(denied);

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.ACCESS_DENIED);
        assertThat(problem.summary()).isEqualTo("The identity of profile 'dev' may not call lambda:ListFunctions. "
                + "Ask for that permission (an IAM policy that allows it) or pick another profile.");
        assertThat(problem.details()).isEqualTo("AccessDeniedException: " + text);
    }

    @Test
    void noCredentialsAnywhereIsNotCalledARefusal() {
        AwsProblem problem = forDev.explain(SdkClientException.create("Unable to load credentials from any of the "
                + "providers in the chain AwsCredentialsProviderChain(credentialsProviders=[...])"));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.NO_CREDENTIALS);
        assertThat(problem.summary()).isEqualTo("No credentials were found for profile 'dev'. Add keys with aws "
                + "configure --profile dev, sign in, or pick another connection.");
        assertThat(problem.details()).contains("AwsCredentialsProviderChain");
    }

    @Test
    void anSdkFailureOnThisSideKeepsItsTextForTheDetailsOnly() {
        AwsProblem problem = forDev.explain(SdkClientException.create("Unable to marshall request to JSON: "
                + "software.amazon.awssdk.core.SdkBytes@1a2b"));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.OTHER);
        assertThat(problem.summary()).isEqualTo("The request could not be sent; details are in the log.");
        assertThat(problem.details()).startsWith("Unable to marshall request");
    }

    @Test
    void aFailureWithoutAMessageIsNotNamedByItsClass() {
        AwsProblem problem = forDev.explain(new IllegalStateException());

        assertThat(problem.summary()).isEqualTo("Something unexpected went wrong; details are in the log.")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void anExpiredSessionOfAServiceNamesTheProfileAndTheSignIn() {
        AwsServiceException expired = AwsServiceException.builder().statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ExpiredTokenException").serviceName("Lambda")
                        .errorMessage("The security token included in the request is expired").build()).build();

        AwsProblem problem = forDev.explain(expired);

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.EXPIRED_CREDENTIALS);
        assertThat(problem.summary()).isEqualTo("The credentials of profile 'dev' have expired. Sign in again from "
                + "the connection picker (or run aws sso login --profile dev), or refresh its keys, then retry.");
    }
}
