package dev.lambdadesk.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK exceptions into {@link AwsProblem}s a person can act on. */
public final class AwsErrorExplainer {

    private static final Pattern MEMBER = Pattern.compile("at '([A-Za-z0-9_.]+)'");
    /** The action an AccessDenied message names: "... is not authorized to perform: lambda:ListFunctions ...". */
    private static final Pattern ACTION = Pattern.compile("perform: ([a-z0-9-]+:[A-Za-z0-9]+)");
    private static final Pattern REGION_HINT = Pattern.compile("'([a-z]{2}(-gov)?-[a-z]+-\\d)'");

    private final Optional<String> profileName;

    /** @param profileName the profile in use, named in the advice (empty for the local endpoint) */
    public AwsErrorExplainer(Optional<String> profileName) {
        this.profileName = profileName;
    }

    public AwsProblem explain(Throwable failure) {
        Optional<CredentialsUnavailable> none = find(failure, CredentialsUnavailable.class);
        if (none.isPresent()) {
            return explainMissing(none.get());
        }
        Throwable t = unwrap(failure);
        if (t instanceof AwsServiceException ase) {
            return explainService(ase);
        }
        if (t instanceof SdkClientException sce) {
            return explainClient(sce);
        }
        // our own or the JDK's words (e.g. "Address already in use"), never a class name
        String text = t.getMessage() == null ? "" : t.getMessage();
        return new AwsProblem(AwsProblem.Kind.OTHER, "", text.isBlank() ? "Something unexpected went wrong; "
                + "details are in the log." : text, text, List.of());
    }

    private static AwsProblem explainMissing(CredentialsUnavailable e) {
        AwsProblem.Kind kind = e.reason() == CredentialsUnavailable.Reason.SIGN_IN_EXPIRED
                ? AwsProblem.Kind.EXPIRED_CREDENTIALS : AwsProblem.Kind.NO_CREDENTIALS;
        String sdkText = e.getCause() == null || e.getCause().getMessage() == null ? "" : e.getCause().getMessage();
        return new AwsProblem(kind, "", e.getMessage(), sdkText, List.of());
    }

    private AwsProblem explainService(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details == null || details.errorCode() == null ? "" : details.errorCode();
        String text = details == null || details.errorMessage() == null ? "" : details.errorMessage();
        int status = e.statusCode();
        String service = details == null || details.serviceName() == null ? "" : details.serviceName();
        List<String> members = memberPaths(text, !"Signer".equalsIgnoreCase(service));
        if (members.isEmpty() && !"Signer".equalsIgnoreCase(service)) {
            members = ServiceMessageMembers.memberOf(text).map(List::of).orElse(List.of());
        }
        String plain = ServiceMessageMembers.plainSummary(text).orElse(text);
        String lower = code.toLowerCase(Locale.ROOT);

        if (lower.contains("expiredtoken") || lower.equals("requestexpired") && text.contains("token")
                || "sso".equalsIgnoreCase(service) && status == 401) {
            return problem(AwsProblem.Kind.EXPIRED_CREDENTIALS, code, expiredAdvice(), text, members);
        }
        if (lower.equals("invalidsignatureexception") || lower.equals("signaturedoesnotmatch")) {
            return problem(AwsProblem.Kind.BAD_CREDENTIALS, code, refused("the signature does not match, so the "
                    + "secret access key is wrong (or this computer's clock is off)"), text, members);
        }
        if (lower.equals("unrecognizedclientexception") || lower.equals("invalidclienttokenid")
                || lower.equals("invalidaccesskeyid") || lower.equals("missingauthenticationtokenexception")) {
            return problem(AwsProblem.Kind.BAD_CREDENTIALS, code, refused("the access key ID is not known there"),
                    text, members);
        }
        if (status == 403 || lower.contains("accessdenied") || lower.contains("unauthorized")) {
            return problem(AwsProblem.Kind.ACCESS_DENIED, code, accessDeniedAdvice(text), text, members);
        }
        if (status == 429 || lower.contains("throttl") || lower.contains("toomanyrequests")
                || lower.contains("slowdown") || lower.contains("requestlimitexceeded")) {
            return problem(AwsProblem.Kind.THROTTLED, code,
                    "The service is throttling requests. LambdaDesk already retried with growing back-off (up to "
                            + AwsClients.MAX_ATTEMPTS + " attempts); wait a moment, then try again.", text, members);
        }
        if (code.startsWith("CodeVerificationFailed") || code.startsWith("InvalidCodeSignature")
                || code.startsWith("CodeSigningConfigNotFound")) {
            return problem(AwsProblem.Kind.CODE_SIGNING, code, text, text, members);
        }
        if (status == 404 || lower.contains("notfound") || lower.startsWith("nosuch")) {
            return problem(AwsProblem.Kind.NOT_FOUND, code, notFoundAdvice(text), text, members);
        }
        if (status == 409 || lower.contains("conflict")) {
            return problem(AwsProblem.Kind.CONFLICT, code, plain, text, members);
        }
        if (status >= 500) {
            return problem(AwsProblem.Kind.SERVICE_ERROR, code,
                    "The service had an internal error (" + code + "); try again in a moment.", text, members);
        }
        if (status == 400 || status == 413 || status == 412) {
            return problem(AwsProblem.Kind.INVALID_REQUEST, code, text.isEmpty() ? code : plain, text, members);
        }
        return problem(AwsProblem.Kind.OTHER, code, text.isEmpty() ? code : text, text, members);
    }

    private AwsProblem explainClient(SdkClientException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (hasCause(e, IOException.class) || text.contains("Unable to execute HTTP request")) {
            return problem(AwsProblem.Kind.UNREACHABLE, "",
                    "The endpoint cannot be reached. Check the network, the endpoint URL and the region.", text,
                    List.of());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("token") && (lower.contains("expired") || lower.contains("sso"))) {
            return problem(AwsProblem.Kind.EXPIRED_CREDENTIALS, "", expiredAdvice(), text, List.of());
        }
        if (lower.contains("credentials")) {
            return problem(AwsProblem.Kind.NO_CREDENTIALS, "", "No credentials were found for "
                    + profileName.map(p -> "profile '" + p + "'. Add keys with aws configure --profile " + p
                    + ", sign in, or pick another connection.").orElse("this connection."), text, List.of());
        }
        return problem(AwsProblem.Kind.OTHER, "", "The request could not be sent; details are in the log.", text,
                List.of());
    }

    private String expiredAdvice() {
        return profileName.map(p -> "The credentials of profile '" + p + "' have expired. Sign in again from the "
                        + "connection picker (or run aws sso login --profile " + p + "), or refresh its keys, then "
                        + "retry.")
                .orElse("The credentials have expired. Refresh them, then retry.");
    }

    private String refused(String why) {
        return profileName.map(p -> "The endpoint refused the credentials of profile '" + p + "': " + why
                        + ". Fix its keys (aws configure --profile " + p + ") or pick another connection.")
                .orElse("The endpoint refused the credentials: " + why + ".");
    }

    private String accessDeniedAdvice(String text) {
        String who = profileName.map(p -> "The identity of profile '" + p + "'").orElse("The identity in use");
        Matcher action = ACTION.matcher(text);
        if (action.find()) {
            return who + " may not call " + action.group(1) + ". Ask for that permission (an IAM policy that "
                    + "allows it) or pick another profile.";
        }
        return who + " is not allowed to do this" + (text.isBlank() ? "" : " (" + text.strip() + ")")
                + ". Ask for the permission or pick another profile.";
    }

    private static String notFoundAdvice(String text) {
        if (text.isBlank()) {
            return "The endpoint has no such resource or does not offer this operation (HTTP 404).";
        }
        Matcher m = REGION_HINT.matcher(text);
        if (text.contains("not reachable in this region") && m.find()) {
            return text + ". Switch the connection to region " + m.group(1) + ".";
        }
        return text;
    }

    /** The API member paths named by "at 'vpcConfig.subnetIds'" clauses, spelled as the API spells them. */
    static List<String> memberPaths(String text, boolean pascalCase) {
        List<String> out = new ArrayList<>();
        Matcher m = MEMBER.matcher(text);
        while (m.find()) {
            String wire = m.group(1);
            StringBuilder path = new StringBuilder();
            for (String segment : wire.split("\\.")) {
                if (segment.equals("member") || segment.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(pascalCase ? Character.toUpperCase(segment.charAt(0)) + segment.substring(1) : segment);
            }
            if (!path.isEmpty() && !out.contains(path.toString())) {
                out.add(path.toString());
            }
        }
        return out;
    }

    private static AwsProblem problem(AwsProblem.Kind kind, String code, String summary, String text,
                                      List<String> members) {
        return new AwsProblem(kind, code, summary, text, members);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.util.concurrent.CompletionException
                || cur instanceof java.util.concurrent.ExecutionException
                || cur instanceof UncheckedIOException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        if (!(cur instanceof SdkException) && cur.getCause() instanceof SdkException se) {
            return se;
        }
        return cur;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return find(t, type).isPresent();
    }

    private static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
