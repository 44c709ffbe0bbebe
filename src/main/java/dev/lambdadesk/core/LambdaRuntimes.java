package dev.lambdadesk.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about Lambda runtime identifiers: every value the API knows, the ones Lambda still accepts for creating or
 * updating a function, and a starting handler for each runtime family.
 */
public final class LambdaRuntimes {

    /** Every runtime identifier of the API's Runtime enum, in the service model's order. */
    private static final List<String> ALL = List.of(
            "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
            "nodejs16.x", "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7", "python3.8",
            "python3.9", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8",
            "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "provided", "provided.al2", "nodejs18.x", "python3.10",
            "java17", "ruby3.2", "ruby3.3", "ruby3.4", "python3.11", "nodejs20.x", "provided.al2023", "python3.12",
            "java21", "python3.13", "nodejs22.x", "nodejs24.x", "python3.14", "java25", "dotnet10", "ruby4.0");

    /** The runtimes Lambda accepts for create and update, grouped by family, newest first within a family. */
    private static final List<String> CURRENT = List.of(
            "nodejs24.x", "nodejs22.x", "nodejs20.x", "nodejs18.x", "nodejs16.x",
            "python3.14", "python3.13", "python3.12", "python3.11", "python3.10", "python3.9", "python3.8",
            "java25", "java21", "java17", "java11", "java8.al2",
            "dotnet10", "dotnet8", "dotnet6",
            "ruby4.0", "ruby3.4", "ruby3.3", "ruby3.2",
            "provided.al2023", "provided.al2");

    private static final Set<String> CURRENT_SET = Set.copyOf(CURRENT);

    private static final List<String> DEPRECATED = ALL.stream().filter(r -> !CURRENT_SET.contains(r)).toList();

    private LambdaRuntimes() {
    }

    /** Every runtime identifier the API defines (current and deprecated). */
    public static List<String> all() {
        return ALL;
    }

    /** The runtimes a new function can use, for pickers: grouped by family, newest first. */
    public static List<String> current() {
        return CURRENT;
    }

    /** Runtimes Lambda no longer accepts for creating or updating functions. */
    public static List<String> deprecated() {
        return DEPRECATED;
    }

    public static boolean isKnown(String runtime) {
        return ALL.contains(runtime);
    }

    public static boolean isCurrent(String runtime) {
        return CURRENT_SET.contains(runtime);
    }

    public static boolean isDeprecated(String runtime) {
        return isKnown(runtime) && !isCurrent(runtime);
    }

    /** The family a runtime belongs to, or empty for an unknown identifier. */
    public static Optional<Family> family(String runtime) {
        if (runtime == null || !isKnown(runtime)) {
            return Optional.empty();
        }
        for (Family f : Family.values()) {
            if (runtime.startsWith(f.prefix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The handler a new function of this runtime starts with (e.g. {@code index.handler}), or empty if unknown. */
    public static Optional<String> defaultHandler(String runtime) {
        return family(runtime).map(Family::defaultHandler);
    }

    /** A runtime family with its display name and the handler new functions start with. */
    public enum Family {
        NODEJS("nodejs", "Node.js", "index.handler"),
        PYTHON("python", "Python", "lambda_function.lambda_handler"),
        JAVA("java", "Java", "example.Handler::handleRequest"),
        DOTNET("dotnet", ".NET", "Assembly::Namespace.Class::Method"),
        RUBY("ruby", "Ruby", "lambda_function.lambda_handler"),
        GO("go", "Go", "main"),
        OS_ONLY("provided", "OS-only", "bootstrap");

        private final String prefix;
        private final String displayName;
        private final String defaultHandler;

        Family(String prefix, String displayName, String defaultHandler) {
            this.prefix = prefix;
            this.displayName = displayName;
            this.defaultHandler = defaultHandler;
        }

        public String displayName() {
            return displayName;
        }

        public String defaultHandler() {
            return defaultHandler;
        }
    }
}
