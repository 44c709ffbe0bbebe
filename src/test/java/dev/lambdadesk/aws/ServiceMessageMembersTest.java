package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.lambda.model.LambdaException;

class ServiceMessageMembersTest {

    private final AwsErrorExplainer explainer = new AwsErrorExplainer(Optional.empty());

    private static LambdaException lambdaError(int status, String code, String message) {
        return (LambdaException) LambdaException.builder().statusCode(status).awsErrorDetails(AwsErrorDetails.builder()
                .errorCode(code).serviceName("Lambda").errorMessage(message).build()).build();
    }

    @Test
    void aRoleLambdaCannotAssumeIsExplainedInPlainWordsAndNamesTheRole() {
        AwsProblem problem = explainer.explain(lambdaError(400, "InvalidParameterValueException",
                "The role defined for the function cannot be assumed by Lambda."));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.INVALID_REQUEST);
        assertThat(problem.memberPaths()).containsExactly("Role");
        assertThat(problem.summary()).startsWith("Lambda cannot use this execution role: the role does not exist")
                .contains("Pick a role from the list");
        assertThat(problem.serviceText()).isEqualTo("The role defined for the function cannot be assumed by Lambda.");
    }

    @Test
    void aNameTakenAlreadyNamesTheFunctionName() {
        AwsProblem problem = explainer.explain(lambdaError(409, "ResourceConflictException",
                "Function already exist: orders"));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.CONFLICT);
        assertThat(problem.memberPaths()).containsExactly("FunctionName");
        assertThat(problem.summary()).contains("already exists").contains("choose another name");
    }

    @Test
    void theServicesOwnMemberClauseStillWins() {
        AwsProblem problem = explainer.explain(lambdaError(400, "ValidationException", "1 validation error detected: "
                + "Value '20000' at 'memorySize' failed to satisfy constraint: Member must have value less than or "
                + "equal to 10240"));

        assertThat(problem.memberPaths()).containsExactly("MemorySize");
    }

    @Test
    void aMessageAboutNoMemberNamesNone() {
        AwsProblem problem = explainer.explain(lambdaError(400, "InvalidParameterValueException",
                "Invalid pagination marker."));

        assertThat(problem.memberPaths()).isEmpty();
        assertThat(problem.summary()).isEqualTo("Invalid pagination marker.");
    }

    @Test
    void aNotFoundWithoutAMessageStillSaysSomething() {
        AwsProblem problem = explainer.explain(lambdaError(404, "", ""));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.NOT_FOUND);
        assertThat(problem.summary()).isEqualTo(
                "The endpoint has no such resource or does not offer this operation (HTTP 404).");
    }
}
