package dev.lambdadesk.local.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path such as {@code /2015-03-31/functions/{FunctionName}/code}, matched against decoded segments.
 * {@code {Name+}} as the last segment captures the rest of the path (joined by '/').
 */
public final class PathTemplate {

    private final String text;
    private final List<String> segments;

    private PathTemplate(String text) {
        this.text = text;
        this.segments = UriCodec.pathSegments(text);
    }

    public static PathTemplate of(String text) {
        return new PathTemplate(text);
    }

    public Optional<Map<String, String>> match(List<String> path) {
        Map<String, String> params = new LinkedHashMap<>();
        boolean greedy = !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
        if (greedy ? path.size() < segments.size() : path.size() != segments.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isParameter(expected)) {
                String name = expected.substring(1, expected.length() - 1);
                if (name.endsWith("+")) {
                    params.put(name.substring(0, name.length() - 1), String.join("/", path.subList(i, path.size())));
                    return Optional.of(params);
                }
                if (path.get(i).isEmpty()) {
                    return Optional.empty();
                }
                params.put(name, path.get(i));
            } else if (!expected.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return text;
    }
}
