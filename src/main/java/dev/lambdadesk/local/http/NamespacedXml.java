package dev.lambdadesk.local.http;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;

/**
 * XML mappers whose every element lives in one default namespace, as AWS's XML protocols write them
 * ({@code <ListRolesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">} with unprefixed children).
 * Without this Jackson would undeclare the namespace on each child ({@code xmlns=""}).
 */
public final class NamespacedXml {

    private NamespacedXml() {
    }

    /**
     * A mapper without a default namespace (S3's error documents). Characters XML cannot carry (control bytes
     * echoed from a bad request) are replaced, never an exception.
     */
    public static XmlMapper plainMapper() {
        XMLOutputFactory outputs = XMLOutputFactory.newFactory();
        outputs.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        return new XmlMapper(new XmlFactory(XMLInputFactory.newFactory(), outputs));
    }

    public static XmlMapper mapper(String namespace) {
        XmlMapper mapper = plainMapper();
        mapper.setAnnotationIntrospector(new DefaultNamespace(namespace));
        mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL));
        return mapper;
    }

    private static final class DefaultNamespace extends JacksonXmlAnnotationIntrospector {
        private static final long serialVersionUID = 1L;
        private final String namespace;

        DefaultNamespace(String namespace) {
            this.namespace = namespace;
        }

        @Override
        public String findNamespace(MapperConfig<?> config, Annotated annotated) {
            String declared = super.findNamespace(config, annotated);
            return declared == null || declared.isEmpty() ? namespace : declared;
        }

        @Override
        public PropertyName findWrapperName(Annotated annotated) {
            PropertyName name = super.findWrapperName(annotated);
            if (name == null || name.isEmpty() || (name.getNamespace() != null && !name.getNamespace().isEmpty())) {
                return name;
            }
            return name.withNamespace(namespace);
        }
    }
}
