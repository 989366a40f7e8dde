package io.plantaris.store;

import java.util.List;

/** A writer whose target is created on first preparation (the embedded QuestDB starts there). */
final class LazyWriter implements PointWriter {
  /** Creates the real writer; may take seconds. */
  interface Factory {
    PointWriter create() throws Exception;
  }

  private final Factory factory;
  private final String description;
  private volatile PointWriter delegate;

  LazyWriter(Factory factory, String description) {
    this.factory = factory;
    this.description = description;
  }

  @Override
  public void prepare() throws Exception {
    if (delegate == null) {
      delegate = factory.create();
    }
    delegate.prepare();
  }

  @Override
  public void write(List<String> lines) throws Exception {
    delegate.write(lines);
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    if (delegate != null) {
      delegate.close();
    }
  }
}
