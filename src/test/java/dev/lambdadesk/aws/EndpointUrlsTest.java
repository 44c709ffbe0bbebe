package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.junit.jupiter.api.Test;

class EndpointUrlsTest {

    @Test
    void httpAndHttpsUrlsWithAHostAreAccepted() {
        assertThat(EndpointUrls.problem("http://localhost:4566")).isEmpty();
        assertThat(EndpointUrls.problem("https://sandbox.example.com/aws")).isEmpty();
        assertThat(EndpointUrls.problem("  http://127.0.0.1:4599  ")).isEmpty();
        assertThat(EndpointUrls.parse(" http://127.0.0.1:4599 ")).isEqualTo(URI.create("http://127.0.0.1:4599"));
    }

    @Test
    void eachWrongUrlSaysWhatIsWrong() {
        assertThat(EndpointUrls.problem("")).get().asString().contains("Enter the endpoint URL");
        assertThat(EndpointUrls.problem("localhost:4566")).get().asString().contains("http:// or https://");
        assertThat(EndpointUrls.problem("ftp://host")).get().asString().contains("http:// or https://");
        assertThat(EndpointUrls.problem("http://")).get().asString().contains("not a URL");
        assertThat(EndpointUrls.problem("http:///path")).get().asString().contains("needs a host name");
        assertThat(EndpointUrls.problem("http://exa mple.com")).get().asString().contains("not a URL");
        assertThat(EndpointUrls.problem("http://host:4566/?x=1")).get().asString().contains("remove the query");
        assertThat(EndpointUrls.problem("http://user@host:4566")).get().asString().contains("remove the user name");
        assertThatIllegalArgumentException().isThrownBy(() -> EndpointUrls.parse("nope"));
    }
}
