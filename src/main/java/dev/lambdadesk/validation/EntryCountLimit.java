package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service limit on how many entries a list or map member holds, which AWS refuses with its own wording rather
 * than a model clause: at most 5 layers, at most 50 tags.
 */
final class EntryCountLimit implements RequestRule {

    private final String member;
    private final int max;
    private final String limitText;
    private final String awsMessage;

    /**
     * @param limitText  the limit in words for a person, e.g. "A function can use at most 5 layers"
     * @param awsMessage what AWS answers (InvalidParameterValueException)
     */
    private EntryCountLimit(String member, int max, String limitText, String awsMessage) {
        this.member = member;
        this.max = max;
        this.limitText = limitText;
        this.awsMessage = awsMessage;
    }

    static EntryCountLimit layers() {
        return new EntryCountLimit("Layers", 5, "A function can use at most 5 layers",
                "Cannot reference more than 5 layers.");
    }

    static EntryCountLimit tags() {
        return new EntryCountLimit("Tags", 50, "At most 50 tags are allowed",
                "Number of tags exceeds resource tag limit.");
    }

    @Override
    public List<String> reads() {
        return List.of(member);
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode entries = Requests.at(request, member);
        if (entries == null || !entries.isContainerNode() || entries.size() <= max) {
            return;
        }
        out.error(member, limitText + "; you have " + entries.size() + ". Remove " + (entries.size() - max) + ".",
                AwsFinding.invalidParameter(awsMessage));
    }
}
