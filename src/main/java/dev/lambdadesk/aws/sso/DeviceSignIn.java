package dev.lambdadesk.aws.sso;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * Signs in to IAM Identity Center as {@code aws sso login} does, with the device authorization flow of SSO OIDC:
 * RegisterClient, StartDeviceAuthorization, show the code and open the browser, then CreateToken until the person
 * confirms (waiting the interval the service asks for, five seconds more after each slow_down), and the token goes
 * to the AWS CLI's cache. Nothing secret is logged. Blocking: run it off the FX thread.
 */
public final class DeviceSignIn {

    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DeviceSignIn.class.getName());

    /** Waits between polls; tests pass one that only records. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the person confirms in the browser: the code and where to enter it. */
    public record Prompt(String userCode, URI verificationUri, Optional<URI> verificationUriComplete,
                         Instant expiresAt) {
        /** The address that opens with the code filled in, when the service gave one. */
        public URI addressToOpen() {
            return verificationUriComplete.orElse(verificationUri);
        }
    }

    /** A finished sign-in: until when it holds, and the cache file it went to. */
    public record Result(Instant expiresAt, Path cacheFile) {
    }

    private final Function<String, SsoOidcClient> clients;
    private final SsoTokenCache cache;
    private final Clock clock;
    private final Pause pause;

    /** @param clients an SSO OIDC client for a region (closed after each sign-in) */
    public DeviceSignIn(Function<String, SsoOidcClient> clients, SsoTokenCache cache, Clock clock, Pause pause) {
        this.clients = clients;
        this.cache = cache;
        this.clock = clock;
        this.pause = pause;
    }

    /** The AWS CLI's cache, SSO OIDC in the session's region, the real clock. */
    public static DeviceSignIn standard() {
        // the three calls are unsigned: no credentials are looked for (there are none before the sign-in)
        return new DeviceSignIn(region -> SsoOidcClient.builder().region(Region.of(region))
                .credentialsProvider(AnonymousCredentialsProvider.create()).build(),
                SsoTokenCache.standard(), Clock.systemUTC(), duration -> Thread.sleep(duration));
    }

    /** Runs the flow for {@code session}; {@code prompt} is told the code once there is one. */
    public Result signIn(SsoSession session, Consumer<Prompt> prompt) throws SignInException, InterruptedException {
        try (SsoOidcClient oidc = clients.apply(session.region())) {
            RegisterClientResponse client = oidc.registerClient(b -> b.clientName("lambdadesk-" + clock.millis())
                    .clientType("public").scopes(session.scopes().isEmpty() ? null : session.scopes()));
            StartDeviceAuthorizationResponse device = oidc.startDeviceAuthorization(b -> b
                    .clientId(client.clientId()).clientSecret(client.clientSecret()).startUrl(session.startUrl()));
            Instant codeExpires = clock.instant().plusSeconds(orDefault(device.expiresIn(), 600));
            LOG.info(() -> "Signing in to " + session.label() + ": waiting for the code to be confirmed");
            prompt.accept(new Prompt(device.userCode(), URI.create(device.verificationUri()),
                    Optional.ofNullable(device.verificationUriComplete()).map(URI::create), codeExpires));
            CreateTokenResponse token = poll(oidc, client, device, codeExpires);
            Instant expiresAt = clock.instant().plusSeconds(orDefault(token.expiresIn(), 3600));
            Path file = cache.write(session, new SsoTokenCache.CachedToken(session.startUrl(),
                    session.region(), token.accessToken(), expiresAt, client.clientId(), client.clientSecret(),
                    Instant.ofEpochSecond(client.clientSecretExpiresAt()), Optional.ofNullable(token.refreshToken())));
            LOG.info(() -> "Signed in to " + session.label() + " until " + expiresAt + "; token cached in " + file);
            return new Result(expiresAt, file);
        } catch (IOException e) {
            throw new SignInException(SignInException.Reason.NOT_SAVED, "The sign-in worked, but the token could "
                    + "not be saved to the AWS CLI's cache (" + e.getMessage() + ").", e);
        } catch (AccessDeniedException e) {
            throw new SignInException(SignInException.Reason.DECLINED,
                    "The sign-in was declined in the browser. Sign in again to retry.", e);
        } catch (ExpiredTokenException e) {
            throw codeExpired(e);
        } catch (SdkException e) {
            throw SignInException.of(session, e);
        }
    }

    private CreateTokenResponse poll(SsoOidcClient oidc, RegisterClientResponse client,
                                     StartDeviceAuthorizationResponse device, Instant codeExpires)
            throws InterruptedException, SignInException {
        Duration interval = device.interval() == null ? DEFAULT_INTERVAL : Duration.ofSeconds(device.interval());
        while (true) {
            pause.sleep(interval);
            if (!clock.instant().isBefore(codeExpires)) {
                throw codeExpired(null);
            }
            try {
                return oidc.createToken(b -> b.clientId(client.clientId()).clientSecret(client.clientSecret())
                        .grantType(DEVICE_CODE_GRANT).deviceCode(device.deviceCode()));
            } catch (AuthorizationPendingException e) {
                // not confirmed yet: ask again after the same interval
            } catch (SlowDownException e) {
                interval = interval.plus(SLOW_DOWN_STEP);
            }
        }
    }

    private static SignInException codeExpired(Exception cause) {
        return new SignInException(SignInException.Reason.CODE_EXPIRED,
                "The sign-in code expired before it was confirmed in the browser. Sign in again for a new code.",
                cause);
    }

    private static long orDefault(Integer value, long fallback) {
        return value == null ? fallback : value;
    }
}
