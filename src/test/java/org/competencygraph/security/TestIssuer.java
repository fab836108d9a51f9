package org.competencygraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A stand-in OpenID Connect provider for the tests: an RSA key pair made for the test run, whose public key the
 * application is configured with ({@link Initializer}, used by every {@code @IntegrationTest}), so that tokens it
 * signs pass the real signature, expiry, issuer and audience checks, and tokens signed otherwise do not.
 */
public final class TestIssuer {

	public static final String ISSUER = "https://id.example.test/realms/competency-graph";

	public static final String AUDIENCE = "competency-graph";

	private static final KeyPair KEYS = keyPair();

	private static @Nullable HttpServer keySetServer;

	private TestIssuer() {
	}

	/**
	 * A token for {@code username} with the Keycloak-style roles {@code realm_access.roles}, valid for five
	 * minutes; {@code changes} may alter any claim.
	 */
	public static String token(String username, Iterable<String> roles, Consumer<JWTClaimsSet.Builder> changes) {
		return sign(KEYS, claims(username, roles, changes));
	}

	public static String token(String username, Iterable<String> roles) {
		return token(username, roles, claims -> {
		});
	}

	/** The same claims signed with another key, which the application does not know. */
	public static String tokenSignedByAnotherKey(String username, Iterable<String> roles) {
		return sign(keyPair(), claims(username, roles, claims -> {
		}));
	}

	private static JWTClaimsSet claims(String username, Iterable<String> roles,
			Consumer<JWTClaimsSet.Builder> changes) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(UUID.randomUUID().toString())
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", roles))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
		changes.accept(claims);
		return claims.build();
	}

	private static String sign(KeyPair keys, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Configures the application's resource server as an operator would for a Keycloak realm: the provider's key
	 * set URL (served by this class on a loopback port for the run), issuer, audience, roles from
	 * {@code realm_access.roles}, and one provider role mapped to a role of this server.
	 */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test-issuer", Map.of(
						"spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keySetUri(),
						"spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
						"spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE,
						"competency-graph.security.oidc.roles-claim", "realm_access.roles",
						"competency-graph.security.oidc.role-mapping.cg-planners", "planner")));
		}

	}

	/** The provider's public key as a JWK set, served as a provider's {@code jwks_uri} serves it. */
	private static synchronized String keySetUri() {
		if (keySetServer == null) {
			try {
				byte[] keySet = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("test").build())
					.toString()
					.getBytes(StandardCharsets.UTF_8);
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				server.createContext("/certs", exchange -> {
					exchange.getResponseHeaders().set("Content-Type", "application/json");
					exchange.sendResponseHeaders(200, keySet.length);
					exchange.getResponseBody().write(keySet);
					exchange.close();
				});
				server.start();
				keySetServer = server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return "http://127.0.0.1:" + keySetServer.getAddress().getPort() + "/certs";
	}

}
