package dev.lambdadesk.ui.functions.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.ui.common.DetailRow;

/** The details list each layer of a function with its size and signing state, from FunctionConfiguration.Layers. */
class FunctionLayerRowsTest {

    private static final String SIGNED = "arn:aws:lambda:us-east-1:000000000000:layer:signed-deps:1";
    private static final String PLAIN = "arn:aws:lambda:us-east-1:000000000000:layer:plain-deps:2";
    private static final String PROFILE = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Release/AbCdEf1234";
    private static final String JOB = "arn:aws:signer:us-east-1:000000000000:/signing-jobs/0f1e2d3c";

    @Test
    void eachLayerIsListedWithItsSizeAndSigner() throws Exception {
        ObjectNode configuration = (ObjectNode) new ObjectMapper().readTree("""
                {"FunctionName": "orders", "Layers": [
                  {"Arn": "%s", "CodeSize": 2048, "SigningProfileVersionArn": "%s", "SigningJobArn": "%s"},
                  {"Arn": "%s", "CodeSize": 300}]}""".formatted(SIGNED, PROFILE, JOB, PLAIN));
        String layers = FunctionDetailRows.of(new FunctionDetails(configuration, Map.of(), Optional.empty(),
                Optional.empty())).stream().filter(r -> r.label().equals("Layers")).map(DetailRow::value)
                .findFirst().orElseThrow();

        assertThat(layers.split("\n")).containsExactly(
                SIGNED + " · 2.0 KB · signed by " + PROFILE + " (job " + JOB + ")",
                PLAIN + " · 300 bytes · unsigned");
    }
}
