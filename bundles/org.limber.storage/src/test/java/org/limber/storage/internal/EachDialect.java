package org.limber.storage.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A test that runs once for every {@link Dialect}, given the dialect as its parameter, against a real database of
 * that dialect (SQLite files, and a throwaway PostgreSQL cluster: {@link PostgresServer}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(Dialect.class)
@interface EachDialect {
}
