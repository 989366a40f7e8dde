package io.plantaris.store;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;
import com.influxdb.exceptions.InfluxException;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Writes through influxdb-client-java's blocking write API to {@code /api/v2/write}: InfluxDB 2, or
 * QuestDB's compatible endpoint. One client and one shared {@link WriteApiBlocking} for the
 * service's lifetime (blocking, because the spool advances only on a confirmed write), closed on
 * shutdown.
 */
public final class InfluxClientWriter implements PointWriter {
  /** What to do before the first write (start an embedded store, create tables). */
  public interface Preparation {
    void run() throws Exception;
  }

  private final InfluxDBClient client;
  private final WriteApiBlocking writes;
  private final String url;
  private final String org;
  private final String bucket;
  private final Preparation preparation;

  public InfluxClientWriter(
      String url, String token, String org, String bucket, Preparation preparation) {
    this(url, token, null, org, bucket, preparation);
  }

  /**
   * @param credentials QuestDB's HTTP basic auth, sent with every write; null for none
   */
  public InfluxClientWriter(
      String url,
      String token,
      StoreCredentials credentials,
      String org,
      String bucket,
      Preparation preparation) {
    InfluxDBClientOptions.Builder b =
        InfluxDBClientOptions.builder()
            .url(url)
            .org(org)
            .bucket(bucket)
            .precision(WritePrecision.US);
    if (token != null && !token.isEmpty()) {
      b.authenticateToken(token.toCharArray());
    }
    if (credentials != null) {
      // the client's own authenticate(user, password) signs in to InfluxDB 2's /api/v2/signin,
      // which QuestDB lacks: QuestDB wants basic auth on each request
      String authorization = credentials.authorization();
      b.okHttpClient(
          new OkHttpClient.Builder()
              .addInterceptor(
                  chain ->
                      chain.proceed(
                          chain
                              .request()
                              .newBuilder()
                              .header("Authorization", authorization)
                              .build())));
    }
    this.client = InfluxDBClientFactory.create(b.build());
    this.writes = client.getWriteApiBlocking();
    this.url = url;
    this.org = org;
    this.bucket = bucket;
    this.preparation = preparation;
  }

  @Override
  public void prepare() throws Exception {
    preparation.run();
  }

  @Override
  public void write(List<String> lines) throws PointsRefusedException {
    try {
      writes.writeRecords(bucket, org, WritePrecision.US, lines);
    } catch (InfluxException e) {
      if (PointsRefusedException.refusesData(e.status())) {
        throw new PointsRefusedException(e.status(), e.getMessage(), e);
      }
      throw e; // down, overloaded, or our credentials refused: retried, never dropped
    }
  }

  @Override
  public String describe() {
    return url + " (bucket " + bucket + ")";
  }

  @Override
  public void close() {
    client.close();
  }
}
