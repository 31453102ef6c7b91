package com.example.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;

public class SessionCodec {

    public Object fromCookie(String cookieValue) throws IOException, ClassNotFoundException {
        byte[] data = Base64.getDecoder().decode(cookieValue);
        ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data));
        // ruleid: java.lang.object-deserialization
        return ois.readObject();
    }

    public Object fromRequest(HttpServletRequest request) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            // ruleid: java.lang.object-deserialization
            return in.readObject();
        }
    }

    public Object filtered(InputStream raw) throws IOException, ClassNotFoundException {
        ObjectInputStream ois = new ObjectInputStream(raw);
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;java.base/*;!*"));
        // ok: java.lang.object-deserialization
        return ois.readObject();
    }
}
