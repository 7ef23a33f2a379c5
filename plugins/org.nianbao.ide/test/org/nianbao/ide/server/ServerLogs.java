package org.nianbao.ide.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.spi.LoggingEvent;

/**
 * The errors a server logs while a test runs. Xtext logs a failed request or build with log4j and
 * goes on; LSP4J logs a failed message with java.util.logging. Either would otherwise pass
 * unnoticed: both are collected from construction until {@link #close}.
 */
final class ServerLogs implements AutoCloseable {

	private final List<String> errors = new CopyOnWriteArrayList<>();

	private final AppenderSkeleton log4j = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableInformation() != null) {
				errors.add("log4j " + event.getLevel() + " " + event.getLoggerName() + ": " + event.getRenderedMessage()
						+ (event.getThrowableInformation() == null ? ""
								: " " + event.getThrowableInformation().getThrowable()));
			}
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
		}
	};

	private final Handler jul = new Handler() {
		@Override
		public void publish(LogRecord record) {
			if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() || record.getThrown() != null) {
				errors.add("jul " + record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
						+ (record.getThrown() == null ? "" : " " + record.getThrown()));
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	ServerLogs() {
		org.apache.log4j.Logger.getRootLogger().addAppender(log4j);
		java.util.logging.Logger.getLogger("").addHandler(jul);
	}

	/** What was logged as an error (or with an exception) so far. */
	List<String> errors() {
		return List.copyOf(errors);
	}

	@Override
	public void close() {
		org.apache.log4j.Logger.getRootLogger().removeAppender(log4j);
		java.util.logging.Logger.getLogger("").removeHandler(jul);
	}
}
