package io.cloudtrade.sandbox.wechatpay.protocol;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** API v2's flat XML: {@code <xml><name><![CDATA[value]]></name>...</xml>}. No DTDs, no entities. */
public final class V2Xml {
  private V2Xml() {
  }

  /** The children of the root element, in order; throws {@link IllegalArgumentException} on bad XML. */
  public static Map<String, String> parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document doc = builder.parse(new InputSource(new StringReader(xml)));
      Map<String, String> params = new LinkedHashMap<>();
      NodeList children = doc.getDocumentElement().getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node n = children.item(i);
        if (n.getNodeType() == Node.ELEMENT_NODE) {
          params.put(n.getNodeName(), n.getTextContent().trim());
        }
      }
      return params;
    } catch (Exception e) {
      throw new IllegalArgumentException("not API v2 XML: " + e.getMessage(), e);
    }
  }

  /** The parameters as v2 XML, values in CDATA. */
  public static String write(Map<String, String> params) {
    StringBuilder s = new StringBuilder("<xml>");
    params.forEach((k, v) -> {
      if (v != null) {
        s.append('<').append(k).append("><![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>"))
            .append("]]></").append(k).append('>');
      }
    });
    return s.append("</xml>").toString();
  }
}
