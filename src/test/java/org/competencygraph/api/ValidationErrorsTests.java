package org.competencygraph.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages of graphql-java as it writes them, and what callers read instead. */
class ValidationErrorsTests {

	@Test
	void valuesAreShownAsGraphQlLiterals() {
		assertThat(ValidationErrors.cleanMessage("Validation error (WrongType@[searchCapabilities]) : argument 'kinds' "
				+ "with value 'EnumValue{name='FOO'}' is not a valid 'CapabilityKind' - Literal value not in allowable "
				+ "values for enum 'CapabilityKind' - 'EnumValue{name='FOO'}'"))
			.isEqualTo("Validation error (WrongType@[searchCapabilities]) : argument 'kinds' with value 'FOO' is not a "
					+ "valid 'CapabilityKind'");
		assertThat(ValidationErrors.cleanMessage("Validation error (WrongType@[jobs]) : argument 'first' with value "
				+ "'StringValue{value='abc'}' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a "
				+ "'StringValue'"))
			.isEqualTo("Validation error (WrongType@[jobs]) : argument 'first' with value '\"abc\"' is not a valid 'Int'");
		assertThat(ValidationErrors.cleanMessage("argument 'first' with value 'ArrayValue{values=[IntValue{value=1}, "
				+ "IntValue{value=2}]}' is not a valid 'Int'"))
			.isEqualTo("argument 'first' with value '[1, 2]' is not a valid 'Int'");
		assertThat(ValidationErrors.cleanMessage("argument 'filter' with value 'ObjectValue{objectFields=[ObjectField{"
				+ "name='foo', value=IntValue{value=1}}, ObjectField{name='text', value=StringValue{value='x'}}]}' "
				+ "contains a field not in 'JobFilter': 'foo'"))
			.isEqualTo("argument 'filter' with value '{foo: 1, text: \"x\"}' contains a field not in 'JobFilter': 'foo'");
		// A quote inside a string (review of issue 9, item 7).
		assertThat(ValidationErrors.cleanMessage("Validation error (WrongType@[jobs]) : argument 'first' with value "
				+ "'StringValue{value='O'Brien'}' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was "
				+ "a 'StringValue'"))
			.isEqualTo("Validation error (WrongType@[jobs]) : argument 'first' with value '\"O'Brien\"' is not a valid 'Int'");
		assertThat(ValidationErrors.cleanMessage("argument 'filter' with value 'ObjectValue{objectFields=[ObjectField{"
				+ "name='text', value=StringValue{value='O'Brien's'}}]}' contains a field not in 'JobFilter': 'foo'"))
			.isEqualTo("argument 'filter' with value '{text: \"O'Brien's\"}' contains a field not in 'JobFilter': 'foo'");
		assertThat(ValidationErrors.cleanMessage("argument 'filter' with value 'IntValue{value=5}' must be an object type"))
			.isEqualTo("argument 'filter' with value '5' must be an object type");
	}

	@Test
	void syntaxErrorsDoNotNameTheParser() {
		assertThat(ValidationErrors.cleanMessage(
				"Invalid syntax with ANTLR error 'token recognition error at: '~'' at line 1 column 8"))
			.isEqualTo("Invalid syntax: unexpected character(s) '~' at line 1 column 8");
		assertThat(ValidationErrors.cleanMessage("Invalid syntax with offending token '<EOF>' at line 1 column 1"))
			.isEqualTo("Invalid syntax: the document ends unexpectedly at line 1 column 1");
		assertThat(ValidationErrors.cleanMessage("Invalid syntax with offending token '}' at line 1 column 9"))
			.isEqualTo("Invalid syntax: unexpected '}' at line 1 column 9");
	}

}
