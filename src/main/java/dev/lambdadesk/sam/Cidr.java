package dev.lambdadesk.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code Fn::Cidr [ipBlock, count, cidrBits]} for IPv4: the first {@code count} subnets of the block. */
final class Cidr {

    private Cidr() {
    }

    static JsonNode of(JsonNode args) throws IntrinsicException {
        if (!args.isArray() || args.size() != 3) {
            throw new IntrinsicException("Fn::Cidr takes a list of 3 values: ipBlock, count, cidrBits");
        }
        String block = args.get(0).asText();
        String[] parts = block.split("/");
        String[] octets = parts[0].split("\\.");
        int count;
        int bits;
        int prefix;
        long base = 0;
        try {
            count = Integer.parseInt(args.get(1).asText());
            bits = Integer.parseInt(args.get(2).asText());
            prefix = Integer.parseInt(parts[1]);
            if (octets.length != 4) {
                throw new NumberFormatException();
            }
            for (String octet : octets) {
                base = base << 8 | Integer.parseInt(octet);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IntrinsicException("Fn::Cidr needs an IPv4 block such as 10.0.0.0/16 and two numbers, not "
                    + args);
        }
        int subnetPrefix = 32 - bits;
        if (subnetPrefix < prefix || count < 1 || count > 256 || (1L << (subnetPrefix - prefix)) < count) {
            throw new IntrinsicException("Fn::Cidr cannot cut " + count + " subnets of /" + subnetPrefix
                    + " from " + block);
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        long start = base & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        for (int i = 0; i < count; i++) {
            long address = start + ((long) i << bits);
            out.add((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "."
                    + (address & 255) + "/" + subnetPrefix);
        }
        return out;
    }
}
