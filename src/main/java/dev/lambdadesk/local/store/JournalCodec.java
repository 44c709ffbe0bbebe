package dev.lambdadesk.local.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One journal or snapshot line: {@code <crc32c hex> <json>\n}, where the JSON is {@code {"ops":[...]}} and each op
 * is {@code {"t":type,"k":key,"v":value}} or {@code {"t":type,"k":key,"d":true}}. The checksum lets a reader tell a
 * torn or damaged line from a whole one. Two types are the store's own: {@code $blob} (key: a blob id, value: its
 * bytes in base64) and {@code $synced} (every blob journaled before it is durable as a file).
 */
final class JournalCodec {

    static final String BLOB = "$blob";
    static final String SYNCED = "$synced";

    /** A decoded op; {@code value} is null for a delete. */
    record Op(String type, String key, JsonNode value) {
    }

    private static final int CRC_CHARS = 8;

    private final ObjectMapper mapper;

    JournalCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The line for a transaction's changes; values are written straight to JSON, without a tree in between. */
    byte[] encode(List<Transaction.Change> changes) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = mapper.createGenerator(json)) {
            out.writeStartObject();
            out.writeArrayFieldStart("ops");
            for (Transaction.Change change : changes) {
                out.writeStartObject();
                out.writeStringField("t", change.type());
                out.writeStringField("k", change.key());
                if (change.isDelete()) {
                    out.writeBooleanField("d", true);
                } else {
                    out.writeFieldName("v");
                    mapper.writeValue(out, change.value());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return frame(json.toByteArray());
    }

    /** A line with one op that carries no record, such as {@link #SYNCED}. */
    byte[] encodeMark(String type) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.putArray("ops").addObject().put("t", type).put("k", "");
        return frame(mapper.writeValueAsBytes(root));
    }

    byte[] encodePut(String type, String key, JsonNode value) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.putArray("ops").addObject().put("t", type).put("k", key).set("v", value);
        return frame(mapper.writeValueAsBytes(root));
    }

    /** The ops of one line (without its newline), or empty when the line is torn or damaged. */
    Optional<List<Op>> decode(byte[] buffer, int start, int end) {
        if (end - start < CRC_CHARS + 2 || buffer[start + CRC_CHARS] != ' ') {
            return Optional.empty();
        }
        try {
            long expected = HexFormat.fromHexDigitsToLong(new String(buffer, start, CRC_CHARS, StandardCharsets.US_ASCII));
            CRC32C crc = new CRC32C();
            crc.update(buffer, start + CRC_CHARS + 1, end - start - CRC_CHARS - 1);
            if (crc.getValue() != expected) {
                return Optional.empty();
            }
            JsonNode root = mapper.readTree(buffer, start + CRC_CHARS + 1, end - start - CRC_CHARS - 1);
            List<Op> ops = new ArrayList<>();
            for (JsonNode op : root.path("ops")) {
                boolean delete = op.path("d").asBoolean(false);
                ops.add(new Op(op.path("t").asText(), op.path("k").asText(), delete ? null : op.get("v")));
            }
            return Optional.of(ops);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] frame(byte[] json) {
        CRC32C crc = new CRC32C();
        crc.update(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + CRC_CHARS + 2);
        out.writeBytes(HexFormat.of().toHexDigits((int) crc.getValue()).getBytes(StandardCharsets.US_ASCII));
        out.write(' ');
        out.writeBytes(json);
        out.write('\n');
        return out.toByteArray();
    }
}
