package com.example.orders;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.NoTypePermission;

public class OrderXmlImporter {

    public Object importOrder(String xml) {
        XStream xstream = new XStream();
        // ruleid: java.xstream.unsafe-deserialization
        return xstream.fromXML(xml);
    }

    public Object importAliased(String xml) {
        XStream xs = new XStream();
        xs.alias("order", Order.class);
        // ruleid: java.xstream.unsafe-deserialization
        return xs.fromXML(xml);
    }

    public Object importSafe(String xml) {
        XStream xstream = new XStream();
        xstream.addPermission(NoTypePermission.NONE);
        xstream.allowTypes(new Class[] {Order.class});
        // ok: java.xstream.unsafe-deserialization
        return xstream.fromXML(xml);
    }

    public static class Order {}
}
