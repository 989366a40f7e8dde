package io.plantaris.ingest;

import java.util.Optional;

/** Where each person's {@link ResumePoint} is kept between runs of the service. */
public interface ResumeLog {
  /** Keeps nothing: every run starts afresh. */
  ResumeLog NONE =
      new ResumeLog() {
        @Override
        public void save(ResumePoint point) {}

        @Override
        public Optional<ResumePoint> load(String personId) {
          return Optional.empty();
        }
      };

  /** Replaces the person's point; called on the person's pipeline thread, so it must be quick. */
  void save(ResumePoint point);

  /** The person's last saved point, if any. */
  Optional<ResumePoint> load(String personId);
}
