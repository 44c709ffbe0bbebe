package dev.lambdadesk.sam;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a SAM or CloudFormation template, YAML or JSON, into a JSON tree. CloudFormation's short tags become their
 * long forms ({@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}}), as
 * CloudFormation itself reads them.
 */
public final class TemplateReader {

    /** Short tags whose long form is {@code Fn::<name>}. */
    private static final List<String> FUNCTIONS = List.of("Sub", "Join", "If", "Select", "Split", "FindInMap",
            "Equals", "Not", "And", "Or", "Base64", "ImportValue", "GetAZs", "Cidr", "GetAtt", "Length", "ToJsonString");
    private static final int MAX_TEMPLATE_CHARS = 16 * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    /** Reads a template file; the message of the exception says what is wrong and where. */
    public Template read(Path file) throws TemplateException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new TemplateException("Cannot read " + file + ": no such file.");
        } catch (MalformedInputException e) {
            throw new TemplateException("Cannot read " + file + ": it is not UTF-8 text.");
        } catch (IOException e) {
            throw new TemplateException("Cannot read " + file + ": " + e.getMessage() + ".");
        }
        return new Template(file.toAbsolutePath(), parse(text, file.getFileName().toString()));
    }

    /** Parses template text; {@code name} is used in messages. */
    public ObjectNode parse(String text, String name) throws TemplateException {
        Object loaded;
        try {
            loaded = new Yaml(new CloudFormationConstructor()).load(text);
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark();
            String where = at == null ? "" : " at line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1);
            throw new TemplateException(name + " is not valid YAML or JSON" + where + ": " + e.getProblem() + ".");
        } catch (YAMLException e) {
            throw new TemplateException(name + " is not valid YAML or JSON: " + e.getMessage() + ".");
        }
        if (!(loaded instanceof Map<?, ?>)) {
            throw new TemplateException(name + " must hold a template (a mapping with Resources), not "
                    + (loaded == null ? "nothing" : "a " + loaded.getClass().getSimpleName().toLowerCase()) + ".");
        }
        JsonNode root = json.valueToTree(loaded);
        if (!root.path("Resources").isObject()) {
            throw new TemplateException(name + " has no Resources section; a template declares its resources "
                    + "under Resources.");
        }
        return (ObjectNode) root;
    }

    /** SnakeYAML's safe constructor plus CloudFormation's tags; dates stay text (2010-09-09 is a version). */
    private static final class CloudFormationConstructor extends SafeConstructor {

        CloudFormationConstructor() {
            super(options());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        private static LoaderOptions options() {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setCodePointLimit(MAX_TEMPLATE_CHARS);
            options.setMaxAliasesForCollections(100);
            return options;
        }

        /** {@code !Tag value} as {@code {"Key": value}}; {@code !GetAtt A.B} splits at the first dot. */
        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value = switch (node) {
                    case ScalarNode scalar -> constructScalar(scalar);
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> null;
                };
                if (key.equals("Fn::GetAtt") && value instanceof String text && text.contains(".")) {
                    int dot = text.indexOf('.');
                    value = List.of(text.substring(0, dot), text.substring(dot + 1));
                }
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(key, value);
                return longForm;
            }
        }
    }
}
