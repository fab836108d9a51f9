package org.competencygraph.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * A {@link Driver} that creates the real one on its first use: the embedded engine starts in the background, and
 * its Bolt address is known only once it listens. Every call but {@code close} waits for the engine (the first
 * one creates the driver); the application context is built meanwhile, since creating the beans that hold the
 * driver does not call it. Closing a driver that was never used closes nothing.
 */
final class DeferredDriver implements InvocationHandler {

	private final Supplier<Driver> connect;

	private volatile @Nullable Driver driver;

	private boolean closed;

	private DeferredDriver(Supplier<Driver> connect) {
		this.connect = connect;
	}

	/** A driver that calls {@code connect} on its first use and forwards every call to what it returned. */
	static Driver connectingOnFirstUse(Supplier<Driver> connect) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				new DeferredDriver(connect));
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
		int arguments = args == null ? 0 : args.length;
		switch (method.getName()) {
			case "equals" -> {
				if (arguments == 1) {
					return args[0] == proxy;
				}
			}
			case "hashCode" -> {
				if (arguments == 0) {
					return System.identityHashCode(proxy);
				}
			}
			case "toString" -> {
				if (arguments == 0) {
					return "Driver of the embedded Neo4j (" + (this.driver != null ? "connected" : "not used yet") + ")";
				}
			}
			case "close" -> {
				if (arguments == 0) {
					close();
					return null;
				}
			}
			case "closeAsync" -> {
				if (arguments == 0 && closeIfUnused()) {
					return CompletableFuture.completedFuture(null);
				}
			}
			default -> {
			}
		}
		try {
			return method.invoke(driver(), args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private Driver driver() {
		Driver connected = this.driver;
		if (connected != null) {
			return connected;
		}
		synchronized (this) {
			if (this.closed) {
				throw new IllegalStateException("The driver of the embedded Neo4j is closed");
			}
			if (this.driver == null) {
				this.driver = this.connect.get();
			}
			return this.driver;
		}
	}

	private synchronized void close() {
		this.closed = true;
		if (this.driver != null) {
			this.driver.close();
		}
	}

	/** Closes when never used, without waiting for the engine; false when there is a driver to close. */
	private synchronized boolean closeIfUnused() {
		if (this.driver != null) {
			return false;
		}
		this.closed = true;
		return true;
	}

}
