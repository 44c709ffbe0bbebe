package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.NamespacedXml;

/** Writes S3's XML documents and formats its header dates. */
final class S3Responses {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final XmlMapper mapper = NamespacedXml.mapper(S3Xml.NAMESPACE);

    ApiResponse xml(Object document) {
        try {
            return ApiResponse.bytes(200, "application/xml", mapper.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new IllegalStateException("Writing an S3 document failed", e);
        }
    }

    /** Reads a request document, or refuses it as MalformedXML. */
    <T> T read(byte[] body, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (IOException e) {
            throw S3Error.MALFORMED_XML.error();
        }
    }

    /** An HTTP date as S3 sends Last-Modified: {@code Wed, 02 Oct 2009 17:50:00 GMT}. */
    static String httpDate(long epochMillis) {
        return HTTP_DATE.format(Instant.ofEpochMilli(epochMillis));
    }
}
