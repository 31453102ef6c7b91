package com.example.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;

public class EventMapperConfig {

    public ObjectMapper legacyMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java.jackson.unsafe-default-typing
        mapper.enableDefaultTyping();
        return mapper;
    }

    public ObjectMapper laxMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java.jackson.unsafe-default-typing
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }

    public ObjectMapper strictMapper() {
        PolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder().allowIfSubType("com.example.events.").build();
        ObjectMapper mapper = new ObjectMapper();
        // ok: java.jackson.unsafe-default-typing
        mapper.activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }
}
