package com.example.settings;

import java.beans.XMLDecoder;
import java.io.InputStream;

public class SettingsLoader {

    public Object load(InputStream upload) {
        XMLDecoder decoder = new XMLDecoder(upload);
        // ruleid: java.lang.xmldecoder-deserialization
        Object settings = decoder.readObject();
        decoder.close();
        return settings;
    }

    public Object loadInline(InputStream upload) {
        // ruleid: java.lang.xmldecoder-deserialization
        return new XMLDecoder(upload).readObject();
    }

    public Object other(java.io.ObjectInput in) throws Exception {
        // ok: java.lang.xmldecoder-deserialization
        return in.readLine();
    }
}
