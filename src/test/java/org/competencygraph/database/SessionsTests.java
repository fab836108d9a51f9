package org.competencygraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class SessionsTests {

	/** The driver methods that pick a database themselves; only {@link Sessions} may call them. */
	static final Set<String> DATABASE_CHOOSING = Set.of("session", "asyncSession", "reactiveSession", "rxSession",
			"executableQuery");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataNeo4jAutoConfiguration.class))
		.withBean(Driver.class, () -> mock(Driver.class))
		.withBean(Sessions.class);

	@Test
	void sessionsOpenOnTheDatabaseThatSpringDataUses() {
		this.runner.withPropertyValues("spring.data.neo4j.database=elsewhere").run(context -> {
			Sessions sessions = context.getBean(Sessions.class);
			assertThat(sessions.database()).isEqualTo("elsewhere");
			assertThat(context.getBean(DatabaseSelectionProvider.class).getDatabaseSelection().getValue())
				.isEqualTo("elsewhere");
			sessions.open();
			verify(context.getBean(Driver.class)).session(SessionConfig.forDatabase("elsewhere"));
		});
	}

	@Test
	void withoutAConfiguredDatabaseSessionsOpenOnTheServersDefault() {
		this.runner.run(context -> {
			Sessions sessions = context.getBean(Sessions.class);
			assertThat(sessions.database()).isNull();
			sessions.open();
			verify(context.getBean(Driver.class)).session(SessionConfig.defaultConfig());
		});
	}

	/** A new class with a bare {@code driver.session()} would read or write the default database. */
	@Test
	void noOtherMainClassOpensADriverSessionItself() throws Exception {
		Path classes = Path.of(Sessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path own = classes.resolve(Sessions.class.getName().replace('.', '/') + ".class");
		List<String> callers = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			files.filter(file -> file.toString().endsWith(".class") && !file.equals(own))
				.forEach(file -> callers.addAll(callers(file)));
		}
		assertThat(callers).as("driver calls that choose a database themselves").isEmpty();
		// The scan sees such calls: the one allowed.
		assertThat(callers(own)).singleElement().asString().endsWith("open calls Driver.session");
	}

	private static List<String> callers(Path classFile) {
		List<String> found = new ArrayList<>();
		try (InputStream in = Files.newInputStream(classFile)) {
			ClassReader reader = new ClassReader(in);
			reader.accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
						String[] exceptions) {
					return new MethodVisitor(Opcodes.ASM9) {
						@Override
						public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
							if (owner.equals("org/neo4j/driver/Driver") && DATABASE_CHOOSING.contains(name)) {
								found.add(reader.getClassName() + "." + method + " calls Driver." + name);
							}
						}
					};
				}
			}, ClassReader.SKIP_DEBUG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

}
