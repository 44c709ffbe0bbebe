package dev.lambdadesk.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.validation.AwsError;

/** The validator's findings reach the wire in the body shape AWS uses for each code. */
class LambdaErrorTest {

    @Test
    void validationExceptionCarriesOnlyALowerCaseMessage() {
        ApiException error = LambdaError.from(new AwsError("ValidationException", 400,
                "1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 128"));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.members()).containsOnlyKeys("message");
    }

    @Test
    void invalidParameterValueIsAUserErrorWithLowerCaseMessage() {
        ApiException error = LambdaError.from(new AwsError("InvalidParameterValueException", 400,
                "Cannot reference more than 5 layers."));

        assertThat(error.members()).containsExactlyInAnyOrderEntriesOf(Map.of("Type", "User",
                "message", "Cannot reference more than 5 layers."));
    }

    @Test
    void notFoundErrorsUseCapitalMessage() {
        assertThat(LambdaError.RESOURCE_NOT_FOUND.withMessage("gone").members()).containsKeys("Type", "Message");
        assertThat(LambdaError.CODE_VERIFICATION_FAILED.withMessage("no").members()).containsKey("Message");
        assertThat(LambdaError.RESOURCE_NOT_FOUND.withMessageOnly("gone").members()).containsOnlyKeys("Message");
    }

    @Test
    void unknownCodesKeepTheirStatusAndMessage() {
        ApiException error = LambdaError.from(new AwsError("SomethingNewException", 418, "odd"));

        assertThat(error.status()).isEqualTo(418);
        assertThat(error.code()).isEqualTo("SomethingNewException");
        assertThat(error.getMessage()).isEqualTo("odd");
    }
}
