package dev.lambdadesk.local.s3;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One listing page over keys in order: keeps keys under the prefix and after the marker, rolls keys that contain
 * the delimiter (after the prefix) into common prefixes, and stops once the page holds {@code maxKeys} entries and
 * another one would follow.
 */
final class KeyWalk {

    final int maxKeys;
    final List<ObjectRecord> contents = new ArrayList<>();
    final Set<String> commonPrefixes = new LinkedHashSet<>();
    /** The last key or common prefix on the page (where the next page continues). */
    String last;
    /** Whether another entry exists after a full page. */
    boolean full;

    private final String prefix;
    private final String delimiter;
    private final String after;
    private String previousKey;
    private int entries;

    KeyWalk(String prefix, String delimiter, String after, int maxKeys) {
        this.prefix = prefix;
        this.delimiter = delimiter;
        this.after = after;
        this.maxKeys = maxKeys;
    }

    /** Whether this row starts a new key (rows come newest version first within a key). */
    boolean isNewKey(String key) {
        boolean fresh = !key.equals(previousKey);
        previousKey = key;
        return fresh;
    }

    /** Offers a key (or one version of it); true when the caller should add it to the page. */
    boolean offer(String key) {
        if (!key.startsWith(prefix) || key.compareTo(after) <= 0 && !after.isEmpty()) {
            return false;
        }
        String rolled = commonPrefix(key);
        if (rolled != null) {
            if (commonPrefixes.contains(rolled) || (!after.isEmpty() && after.startsWith(rolled))) {
                return false;
            }
            if (take(rolled)) {
                commonPrefixes.add(rolled);
            }
            return false;
        }
        return take(key);
    }

    private boolean take(String entry) {
        if (entries == maxKeys) {
            full = true;
            return false;
        }
        entries++;
        last = entry;
        return true;
    }

    private String commonPrefix(String key) {
        if (delimiter == null) {
            return null;
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }
}
