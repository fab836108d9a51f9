package org.competencygraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed down.
 *
 * @param maxFailures failed sign-ins after which a client address, or a user name, is locked out
 * @param lockout how long failures are remembered after the last one, and so how long a lock-out lasts
 * @param maxTracked most client addresses, and most user names, whose failures are remembered at a time (the
 * least recently failed are forgotten first), which bounds the memory an attacker can make the server use
 */
@ConfigurationProperties("competency-graph.security.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockout,
		@DefaultValue("10000") int maxTracked) {
}
