package org.competencygraph.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.competencygraph.command.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

/**
 * {@code hash-password}: reads a password from standard input (its first line) and prints its bcrypt hash in the
 * form {@code competency-graph.security.users[i].password} takes ({@code {bcrypt}$2a$10$...}). The application's
 * main method runs it without starting the database ({@link #hash(InputStream, PrintStream)}), so it also works
 * while the server runs; as a bean it is listed with the other commands.
 */
@Component
public class HashPasswordCommand implements Command {

	public static final String NAME = "hash-password";

	/** Shorter passwords are refused: a local user's password guards personal data. */
	static final int MIN_LENGTH = 8;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> usage() {
		return List.of("hash-password < password.txt   (prints {bcrypt}... for competency-graph.security.users, "
				+ "README 'Users and roles')");
	}

	@Override
	public int run(List<String> operands, ApplicationArguments arguments, PrintStream out) {
		return hash(System.in, out);
	}

	/** Reads the first line of {@code in} and prints its hash; the exit code. */
	public static int hash(InputStream in, PrintStream out) {
		String password;
		try {
			password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException ex) {
			out.println("Could not read the password from standard input: " + ex.getMessage());
			return USAGE;
		}
		if (password == null || password.length() < MIN_LENGTH) {
			out.println("Give a password of at least " + MIN_LENGTH + " characters on standard input, e.g. "
					+ "'java -jar competency-graph.jar hash-password < password.txt'");
			return USAGE;
		}
		// The delegating encoder's default is bcrypt, and its output carries the {bcrypt} prefix.
		out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
		return SUCCESS;
	}

}
