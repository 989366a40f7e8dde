package io.plantaris.ingest.kafka;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Sends the Kafka server's and clients' chatter to a file instead of the build's output. */
final class KafkaLogToFile {
  private KafkaLogToFile() {}

  static void to(Path file) {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder enc = new PatternLayoutEncoder();
    enc.setContext(ctx);
    enc.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} %msg%n");
    enc.start();
    FileAppender<ILoggingEvent> app = new FileAppender<>();
    app.setContext(ctx);
    app.setFile(file.toString());
    app.setEncoder(enc);
    app.start();
    for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger"}) {
      Logger l = ctx.getLogger(name);
      l.detachAndStopAllAppenders();
      l.setAdditive(false);
      l.setLevel(Level.INFO);
      l.addAppender(app);
    }
  }
}
