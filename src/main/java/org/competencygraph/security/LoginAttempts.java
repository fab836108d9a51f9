package org.competencygraph.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.competencygraph.api.LogText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address and per user name. After {@code maxFailures} failures, each less than
 * {@code lockout} after the previous one, the address or user name is locked out until {@code lockout} has passed
 * since the last failure; a successful sign-in clears the address's and the user name's failures. Counting by
 * both keeps one address from trying many names and many addresses from trying one name; a user name's lock
 * refuses only addresses that failed themselves, so that it cannot lock the admin out from everywhere.
 */
@Component
class LoginAttempts {

	private static final Logger logger = LoggerFactory.getLogger(LoginAttempts.class);

	private final LoginProperties properties;

	private final Ticker ticker = Ticker.systemTicker();

	private final Cache<String, Failures> byAddress;

	private final Cache<String, Failures> byUsername;

	LoginAttempts(LoginProperties properties) {
		this.properties = properties;
		this.byAddress = cache(properties);
		this.byUsername = cache(properties);
	}

	private Cache<String, Failures> cache(LoginProperties properties) {
		// Expiring after the last write forgets a client once lockout has passed since its last failure.
		return Caffeine.newBuilder()
			.expireAfterWrite(properties.lockout())
			.maximumSize(properties.maxTracked())
			.ticker(this.ticker)
			.build();
	}

	/**
	 * How long the client at {@code address} signing in as {@code username} must still wait, if locked out. The
	 * user name's lock applies only to an address with failures of its own: otherwise anyone could keep the admin
	 * out from everywhere with a few wrong passwords every few minutes, while an address with no failures
	 * guesses nothing. Guessing spread over many addresses is still slowed: each gets one failure of its own.
	 */
	Optional<Duration> lockedOut(String address, @Nullable String username) {
		Failures ofAddress = this.byAddress.getIfPresent(address);
		Duration wait = remaining(ofAddress);
		if (username != null && ofAddress != null) {
			Duration forUser = remaining(this.byUsername.getIfPresent(key(username)));
			wait = forUser.compareTo(wait) > 0 ? forUser : wait;
		}
		return wait.isPositive() ? Optional.of(wait) : Optional.empty();
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			// Only passwords can be guessed; a refused bearer token's "name" is the token, not to be logged.
			return;
		}
		String address = address(event.getAuthentication());
		if (address != null) {
			count(this.byAddress, address, "client " + address);
		}
		count(this.byUsername, key(event.getAuthentication().getName()), "user name '"
				+ LogText.printable(event.getAuthentication().getName(), 40) + "'");
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			// A bearer token proves no password: it must not clear an address's failed guesses.
			return;
		}
		String address = address(event.getAuthentication());
		if (address != null) {
			this.byAddress.invalidate(address);
		}
		this.byUsername.invalidate(key(event.getAuthentication().getName()));
	}

	private void count(Cache<String, Failures> cache, String key, String who) {
		Failures failures = cache.asMap().merge(key, new Failures(1, this.ticker.read()),
				(old, one) -> new Failures(old.count() + 1, one.lastNanos()));
		if (failures.count() == this.properties.maxFailures()) {
			logger.warn("Sign-ins for {} locked out for {} s after {} failed attempts", who,
					this.properties.lockout().toSeconds(), failures.count());
		}
	}

	private Duration remaining(@Nullable Failures failures) {
		if (failures == null || failures.count() < this.properties.maxFailures()) {
			return Duration.ZERO;
		}
		return this.properties.lockout().minusNanos(this.ticker.read() - failures.lastNanos());
	}

	private static @Nullable String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	/** User names are case-insensitive when signing in, so they are counted so too. */
	private static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, long lastNanos) {
	}

}
