/*
 * Host-side self-test and golden vector generator for the Plantaris reference encoder.
 *
 * Usage: test_vectors OUTPUT.json
 *
 * 1. Self-tests: CRC-32 check value, COBS round trips on edge cases, encoder API behaviour.
 * 2. Builds every golden vector, checks it with a small test-only receiver written from
 *    PROTOCOL.md (stream splitting, OVERSIZE, COBS decode, check order, payload rules), and
 *    writes OUTPUT.json in the format described in ../vectors/README.md.
 * Exits non-zero on any failure.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plantaris_proto.h"

static int failures = 0;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                               \
        }                                                                             \
    } while (0)

/* ======================================================================== */
/* Test-only COBS decoder and receiver                                        */
/* ======================================================================== */

enum reason {
    R_OK = 0,
    R_BAD_CRC,
    R_TRUNCATED,
    R_OVERSIZE,
    R_UNKNOWN_TYPE,
    R_UNSUPPORTED_VERSION,
    R_BAD_COBS,
    R_BAD_FIELD,
    R_COUNT
};

static const char *const reason_names[R_COUNT] = {
    "OK", "BAD_CRC", "TRUNCATED", "OVERSIZE", "UNKNOWN_TYPE", "UNSUPPORTED_VERSION",
    "BAD_COBS", "BAD_FIELD",
};

/* Decode one COBS frame (no delimiter). Returns decoded length or -1 on BAD_COBS. */
static long cobs_decode(const uint8_t *src, size_t len, uint8_t *dst, size_t cap)
{
    size_t i = 0;
    size_t out = 0;
    while (i < len) {
        size_t code = src[i];
        size_t j;
        if (code == 0u || i + code > len) {
            return -1;
        }
        for (j = 1; j < code; j++) {
            if (out >= cap) {
                return -2;
            }
            dst[out++] = src[i + j];
        }
        i += code;
        if (code < 0xFFu && i < len) {
            if (out >= cap) {
                return -2;
            }
            dst[out++] = 0;
        }
    }
    return (long)out;
}

static unsigned get_u16(const uint8_t *p)
{
    return (unsigned)p[0] | ((unsigned)p[1] << 8);
}

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

/* Payload checks for known types, in spec order: length (TRUNCATED), then ranges (BAD_FIELD);
 * the fields that determine the length are range-checked as soon as they are read. */
static enum reason check_payload(unsigned type, const uint8_t *p, size_t n)
{
    switch (type) {
    case PL_TYPE_DESCRIPTOR: {
        size_t id_len;
        size_t cc;
        size_t base;
        size_t i;
        unsigned flags;
        if (n < 1u) {
            return R_TRUNCATED;
        }
        id_len = p[0];
        if (id_len < 1u || id_len > 32u) {
            return R_BAD_FIELD;
        }
        base = 1u + id_len;
        if (n < base + 15u) {
            return R_TRUNCATED;
        }
        cc = p[base + 14u];
        if (cc > 64u) {
            return R_BAD_FIELD;
        }
        if (n < base + 15u + cc * 17u + 4u) {
            return R_TRUNCATED;
        }
        if (p[base + 7u] > 2u) return R_BAD_FIELD;                       /* side */
        if (get_u16(p + base + 8u) < 1u || get_u16(p + base + 8u) > 1000u) return R_BAD_FIELD;
        if (p[base + 12u] < 1u || p[base + 12u] > 16u) return R_BAD_FIELD; /* adc_bits */
        if (p[base + 13u] > 1u) return R_BAD_FIELD;                        /* unit */
        for (i = 0; i < cc; i++) {
            if (p[base + 15u + i * 17u + 4u] > 8u) return R_BAD_FIELD; /* region */
        }
        i = base + 15u + cc * 17u;
        flags = p[i];
        if ((flags & 1u) != 0u) {
            unsigned g = p[i + 1u];
            if (g != 2u && g != 4u && g != 8u && g != 16u) return R_BAD_FIELD;
        }
        if ((flags & 2u) != 0u) {
            unsigned dps = get_u16(p + i + 2u);
            if (dps < 125u || dps > 4000u) return R_BAD_FIELD;
        }
        return R_OK;
    }
    case PL_TYPE_SAMPLES: {
        size_t per;
        if (n < 5u) {
            return R_TRUNCATED;
        }
        if (p[0] < 1u) {
            return R_BAD_FIELD;
        }
        per = (size_t)p[1] * 2u + ((p[2] & 1u) ? 6u : 0u) + ((p[2] & 2u) ? 6u : 0u);
        if (n < 5u + (size_t)p[0] * per) {
            return R_TRUNCATED;
        }
        return R_OK;
    }
    case PL_TYPE_STATUS:
        if (n < 10u) {
            return R_TRUNCATED;
        }
        if (p[2] > 100u && p[2] != 255u) {
            return R_BAD_FIELD;
        }
        return R_OK;
    case PL_TYPE_MARKER:
        if (n < 3u) {
            return R_TRUNCATED;
        }
        if (p[0] < 1u || p[0] > 5u) {
            return R_BAD_FIELD;
        }
        return R_OK;
    case PL_TYPE_DESCRIPTOR_REQUEST:
        return R_OK;
    default:
        return R_UNKNOWN_TYPE;
    }
}

/* Classify one decoded frame following the check order of PROTOCOL.md section 4. */
static enum reason check_frame(const uint8_t *f, size_t n)
{
    unsigned type;
    if (n > PL_MAX_FRAME_SIZE) {
        return R_OVERSIZE;
    }
    if (n < PL_MIN_FRAME_SIZE) {
        return R_TRUNCATED;
    }
    if (pl_crc32(f, n - 4u) != get_u32(f + n - 4u)) {
        return R_BAD_CRC;
    }
    if (f[0] != 1u) {
        return R_UNSUPPORTED_VERSION;
    }
    type = f[1];
    if (type != PL_TYPE_DESCRIPTOR && type != PL_TYPE_SAMPLES && type != PL_TYPE_STATUS &&
        type != PL_TYPE_MARKER && type != PL_TYPE_DESCRIPTOR_REQUEST) {
        return R_UNKNOWN_TYPE;
    }
    return check_payload(type, f + PL_HEADER_SIZE, n - PL_HEADER_SIZE - PL_CRC_SIZE);
}

#define MAX_FRAMES 64

typedef struct {
    unsigned errors[R_COUNT];
    size_t nframes;
    uint8_t frames[MAX_FRAMES][PL_MAX_FRAME_SIZE];
    size_t lens[MAX_FRAMES];
} rx_result_t;

/* Run a whole byte stream through the receiver. */
static void receive(const uint8_t *wire, size_t len, rx_result_t *r)
{
    static uint8_t buf[PL_MAX_ENCODED_SIZE];
    static uint8_t dec[PL_MAX_ENCODED_SIZE];
    size_t fill = 0;
    int skipping = 0;
    size_t i;
    memset(r, 0, sizeof *r);
    for (i = 0; i < len; i++) {
        uint8_t b = wire[i];
        if (b != 0u) {
            if (skipping) {
                continue;
            }
            if (fill == PL_MAX_ENCODED_SIZE) {
                r->errors[R_OVERSIZE]++;
                skipping = 1;
                fill = 0;
                continue;
            }
            buf[fill++] = b;
            continue;
        }
        if (skipping) {
            skipping = 0;
            continue;
        }
        if (fill == 0u) {
            continue; /* empty frame */
        }
        {
            long n = cobs_decode(buf, fill, dec, sizeof dec);
            enum reason why;
            fill = 0;
            if (n < 0) {
                r->errors[R_BAD_COBS]++;
                continue;
            }
            why = check_frame(dec, (size_t)n);
            if (why != R_OK) {
                r->errors[why]++;
                continue;
            }
            if (r->nframes < MAX_FRAMES) {
                memcpy(r->frames[r->nframes], dec, (size_t)n);
                r->lens[r->nframes] = (size_t)n;
            }
            r->nframes++;
        }
    }
}

/* ======================================================================== */
/* Self-tests                                                                 */
/* ======================================================================== */

static void cobs_roundtrip(const uint8_t *data, size_t len)
{
    static uint8_t enc[PL_MAX_WIRE_SIZE];
    static uint8_t dec[PL_MAX_WIRE_SIZE];
    int n = pl_cobs_encode(data, len, enc, sizeof enc);
    long m;
    int i;
    CHECK(n > 0);
    if (n <= 0) {
        return;
    }
    CHECK((size_t)n <= PL_COBS_MAX_ENCODED(len) + 1u);
    CHECK(enc[n - 1] == 0u);
    for (i = 0; i < n - 1; i++) {
        CHECK(enc[i] != 0u);
    }
    m = cobs_decode(enc, (size_t)n - 1u, dec, sizeof dec);
    CHECK(m == (long)len);
    CHECK(m < 0 || memcmp(dec, data, len) == 0);
}

static void self_test(void)
{
    static uint8_t data[PL_MAX_FRAME_SIZE];
    static uint8_t out[PL_MAX_WIRE_SIZE];
    static const size_t runs[] = {0, 1, 2, 253, 254, 255, 256, 507, 508, 509, 1016, 1024};
    size_t i;
    size_t k;

    /* CRC-32/ISO-HDLC check value and incremental use. */
    CHECK(pl_crc32((const uint8_t *)"123456789", 9) == 0xCBF43926u);
    CHECK(pl_crc32(NULL, 0) == 0u);
    CHECK((pl_crc32_update(pl_crc32_update(0xFFFFFFFFu, (const uint8_t *)"1234", 4),
                           (const uint8_t *)"56789", 5) ^ 0xFFFFFFFFu) == 0xCBF43926u);

    /* COBS: known encodings from Cheshire & Baker / common references. */
    {
        static const uint8_t z1[] = {0x00};
        static const uint8_t e1[] = {0x01, 0x01, 0x00};
        static const uint8_t z2[] = {0x11, 0x22, 0x00, 0x33};
        static const uint8_t e2[] = {0x03, 0x11, 0x22, 0x02, 0x33, 0x00};
        static const uint8_t e0[] = {0x01, 0x00};
        CHECK(pl_cobs_encode(z1, 1, out, sizeof out) == 3 && memcmp(out, e1, 3) == 0);
        CHECK(pl_cobs_encode(z2, 4, out, sizeof out) == 6 && memcmp(out, e2, 6) == 0);
        CHECK(pl_cobs_encode(NULL, 0, out, sizeof out) == 2 && memcmp(out, e0, 2) == 0);
    }
    /* COBS round trips: non-zero runs around the 254-byte block size, all zeros, mixtures. */
    for (k = 0; k < sizeof runs / sizeof runs[0]; k++) {
        size_t len = runs[k];
        for (i = 0; i < len; i++) {
            data[i] = (uint8_t)(1u + i % 255u);
        }
        cobs_roundtrip(data, len);
        memset(data, 0, len);
        cobs_roundtrip(data, len);
        for (i = 0; i < len; i++) {
            data[i] = (uint8_t)((i % 7u == 3u) ? 0u : 0xA5u);
        }
        cobs_roundtrip(data, len);
        /* a non-zero run of exactly len-1 bytes followed by a zero, and a zero then a run */
        for (i = 0; i < len; i++) {
            data[i] = (uint8_t)(i + 1u == len ? 0u : 0x5Au);
        }
        cobs_roundtrip(data, len);
        for (i = 0; i < len; i++) {
            data[i] = (uint8_t)(i == 0u ? 0u : 0x5Au);
        }
        cobs_roundtrip(data, len);
    }
    /* Exact sizes: 254 non-zero bytes -> 255 bytes + delimiter; 1024 -> 1029 + delimiter. */
    memset(data, 0x42, sizeof data);
    CHECK(pl_cobs_encode(data, 253, out, sizeof out) == 255);
    CHECK(pl_cobs_encode(data, 254, out, sizeof out) == 256);
    CHECK(pl_cobs_encode(data, 255, out, sizeof out) == 258);
    CHECK(pl_cobs_encode(data, 1024, out, sizeof out) == 1030);
    CHECK(PL_MAX_ENCODED_SIZE == 1029u);
    memset(data, 0, sizeof data);
    CHECK(pl_cobs_encode(data, 1024, out, sizeof out) == 1026);
    CHECK(pl_cobs_encode(data, 1025, out, sizeof out) == PL_ERR_TOO_LARGE);
    CHECK(pl_cobs_encode(data, 10, out, 11) == PL_ERR_SPACE);
    CHECK(pl_cobs_encode(data, 10, out, 12) == 12);
    cobs_roundtrip(data, 1024);

    /* Encoder API behaviour. */
    {
        pl_encoder_t enc;
        pl_marker_t m = {PL_MARKER_SET_START, 1};
        pl_status_t st = {3900, 80, 3, 3150, 0};
        static const uint16_t cells[2] = {1, 2};
        pl_samples_t s = {1, 2, 0, 10000, cells, NULL, NULL};
        pl_cell_t cell = {0, 0, 9, 0, 1.0f, 0.0f, 4095};
        pl_descriptor_t d = {"PL-0001", 1, 0, 0, 1, 1, 100, 260, 12, 0, 1, &cell, 0, 0, 0};
        int n;

        pl_encoder_init(&enc);
        CHECK(pl_encoder_seq(&enc) == 0u);
        pl_encoder_set_seq(&enc, 65535u);
        n = pl_next_marker(&enc, 5, &m, out, sizeof out);
        CHECK(n > 0 && pl_encoder_seq(&enc) == 0u);
        n = pl_next_status(&enc, 6, &st, out, sizeof out);
        CHECK(n > 0 && pl_encoder_seq(&enc) == 1u);
        n = pl_next_status(&enc, 6, &st, out, 5);
        CHECK(n == PL_ERR_SPACE && pl_encoder_seq(&enc) == 1u);
        n = pl_next_samples(&enc, 7, &s, out, sizeof out);
        CHECK(n > 0 && pl_encoder_seq(&enc) == 2u);
        n = pl_next_descriptor_request(&enc, 8, out, sizeof out);
        CHECK(n > 0 && pl_encoder_seq(&enc) == 3u);

        /* Out-of-range fields are refused and do not consume a sequence number. */
        n = pl_next_descriptor(&enc, 9, &d, out, sizeof out);
        CHECK(n == PL_ERR_RANGE && pl_encoder_seq(&enc) == 3u);
        cell.region = 8;
        CHECK(pl_next_descriptor(&enc, 9, &d, out, sizeof out) > 0);
        d.side = 7;
        CHECK(pl_encode_descriptor(data, sizeof data, 0, 0, &d) == PL_ERR_RANGE);
        d.side = 1;
        d.device_id = "";
        CHECK(pl_encode_descriptor(data, sizeof data, 0, 0, &d) == PL_ERR_RANGE);
        d.device_id = "0123456789abcdef0123456789abcdefX"; /* 33 bytes */
        CHECK(pl_encode_descriptor(data, sizeof data, 0, 0, &d) == PL_ERR_RANGE);
        d.device_id = "PL-0001";
        d.imu_flags = PL_IMU_ACCEL;
        d.accel_range_g = 3;
        CHECK(pl_encode_descriptor(data, sizeof data, 0, 0, &d) == PL_ERR_RANGE);
        d.accel_range_g = 16;
        CHECK(pl_encode_descriptor(data, sizeof data, 0, 0, &d) > 0);
        m.kind = 0;
        CHECK(pl_encode_marker(data, sizeof data, 0, 0, &m) == PL_ERR_RANGE);
        st.battery_percent = 101;
        CHECK(pl_encode_status(data, sizeof data, 0, 0, &st) == PL_ERR_RANGE);
        s.count = 0;
        CHECK(pl_encode_samples(data, sizeof data, 0, 0, &s) == PL_ERR_RANGE);
        CHECK(pl_encode_descriptor_request(data, 11, 0, 0) == PL_ERR_SPACE);
        CHECK(pl_encode_descriptor_request(data, 12, 0, 0) == 12);

        /* Batch limits: 22 samples of 16 cells + IMU fit, 23 do not. */
        CHECK(pl_samples_max_count(16, 3) == 22u);
        {
            static uint16_t many[23 * 16];
            static int16_t imu[23 * 3];
            pl_samples_t big = {23, 16, 3, 10000, many, imu, imu};
            CHECK(pl_encode_samples(data, sizeof data, 0, 0, &big) == PL_ERR_TOO_LARGE);
            big.count = 22;
            CHECK(pl_encode_samples(data, sizeof data, 0, 0, &big) == 985);
        }
    }
}

/* ======================================================================== */
/* Vector construction                                                        */
/* ======================================================================== */

#define WIRE_CAP 16384u
#define JSON_CAP 262144u

static struct {
    char name[96];
    char description[256];
    uint8_t wire[WIRE_CAP];
    size_t wire_len;
    char frames_json[JSON_CAP];
    size_t json_len;
    size_t nframes;
    uint8_t frames[MAX_FRAMES][PL_MAX_FRAME_SIZE];
    size_t lens[MAX_FRAMES];
    unsigned errors[R_COUNT];
} v;

static FILE *out_file;
static int nvectors = 0;
static char seen_names[128][96];

static void jprintf(const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(v.frames_json + v.json_len, JSON_CAP - v.json_len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= JSON_CAP - v.json_len) {
        fprintf(stderr, "JSON buffer overflow in %s\n", v.name);
        exit(2);
    }
    v.json_len += (size_t)n;
}

/* Shortest round-trip text for a float32, always with a '.' or exponent so it reads as a number
 * with a fraction part (12 -> "12.0"). */
static void jfloat(float f)
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.9g", (double)f);
    if (strpbrk(tmp, ".eEn") == NULL) {
        strcat(tmp, ".0");
    }
    jprintf("%s", tmp);
}

static void vec_begin(const char *name, const char *description)
{
    memset(&v, 0, sizeof v);
    snprintf(v.name, sizeof v.name, "%s", name);
    snprintf(v.description, sizeof v.description, "%s", description);
}

static void wire_append(const uint8_t *bytes, size_t len)
{
    if (v.wire_len + len > WIRE_CAP) {
        fprintf(stderr, "wire buffer overflow in %s\n", v.name);
        exit(2);
    }
    memcpy(v.wire + v.wire_len, bytes, len);
    v.wire_len += len;
}

static void wire_byte(uint8_t b)
{
    wire_append(&b, 1);
}

/* COBS-encode a raw frame and append it (with the delimiter) to the wire. */
static void wire_frame(const uint8_t *frame, size_t len)
{
    static uint8_t enc[PL_MAX_WIRE_SIZE];
    int n = pl_cobs_encode(frame, len, enc, sizeof enc);
    if (n < 0) {
        fprintf(stderr, "COBS encode failed (%d) in %s\n", n, v.name);
        exit(2);
    }
    wire_append(enc, (size_t)n);
}

/* Expect one rejected frame with the given reason (the bytes are appended separately). */
static void expect_error(enum reason r)
{
    v.errors[r]++;
}

/* Append a frame that decodes normally and start its JSON object; the payload follows. */
static void good_frame_begin(const uint8_t *frame, size_t len)
{
    static const char *types[] = {"?", "DESCRIPTOR", "SAMPLES", "STATUS", "MARKER"};
    unsigned type = frame[1];
    const char *tname = type == PL_TYPE_DESCRIPTOR_REQUEST ? "DESCRIPTOR_REQUEST"
                        : type <= 4u                       ? types[type]
                                                           : "?";
    if (v.nframes >= MAX_FRAMES) {
        fprintf(stderr, "too many frames in %s\n", v.name);
        exit(2);
    }
    memcpy(v.frames[v.nframes], frame, len);
    v.lens[v.nframes] = len;
    wire_frame(frame, len);
    jprintf("%s\n        {\"version\":%u,\"type\":\"%s\",\"seq\":%u,\"time_us\":%lu,\"payload\":",
            v.nframes == 0u ? "" : ",", (unsigned)frame[0], tname, get_u16(frame + 2),
            (unsigned long)get_u32(frame + 4));
    v.nframes++;
}

static void good_frame_end(void)
{
    jprintf("}");
}

static int must(int n, const char *what)
{
    if (n < 0) {
        fprintf(stderr, "%s: encoding %s failed (%d)\n", v.name, what, n);
        exit(2);
    }
    return n;
}

/* Replace the CRC of a raw frame of length len (after editing it). */
static void refresh_crc(uint8_t *frame, size_t len)
{
    uint32_t crc = pl_crc32(frame, len - 4u);
    frame[len - 4u] = (uint8_t)(crc & 0xFFu);
    frame[len - 3u] = (uint8_t)((crc >> 8) & 0xFFu);
    frame[len - 2u] = (uint8_t)((crc >> 16) & 0xFFu);
    frame[len - 1u] = (uint8_t)(crc >> 24);
}

/* Insert extra bytes between the payload and the CRC of a raw frame; returns the new length. */
static size_t append_extra(uint8_t *frame, size_t len, const uint8_t *extra, size_t n)
{
    memcpy(frame + len - 4u, extra, n);
    len += n;
    refresh_crc(frame, len);
    return len;
}

/* ---- JSON payloads ---- */

static void json_descriptor(const pl_descriptor_t *d)
{
    unsigned i;
    jprintf("{\"device_id\":\"%s\",\"fw_major\":%u,\"fw_minor\":%u,\"fw_patch\":%u,"
            "\"boot_id\":%lu,\"side\":%u,\"sample_rate_hz\":%u,\"insole_length_mm\":%u,"
            "\"adc_bits\":%u,\"unit\":%u,\"cells\":[",
            d->device_id, d->fw_major, d->fw_minor, d->fw_patch, (unsigned long)d->boot_id,
            d->side, d->sample_rate_hz, d->insole_length_mm, d->adc_bits, d->unit);
    for (i = 0; i < d->cell_count; i++) {
        const pl_cell_t *c = &d->cells[i];
        jprintf("%s{\"x\":%d,\"y\":%d,\"region\":%u,\"area_mm2\":%u,\"gain\":", i ? "," : "",
                c->x, c->y, c->region, c->area_mm2);
        jfloat(c->gain);
        jprintf(",\"offset\":");
        jfloat(c->offset);
        jprintf(",\"max_raw\":%u}", c->max_raw);
    }
    jprintf("],\"imu_flags\":%u,\"accel_range_g\":%u,\"gyro_range_dps\":%u}", d->imu_flags,
            d->accel_range_g, d->gyro_range_dps);
}

static void json_samples(const pl_samples_t *s)
{
    unsigned k;
    unsigned c;
    jprintf("{\"count\":%u,\"cell_count\":%u,\"flags\":%u,\"interval_us\":%u,\"samples\":[",
            s->count, s->cell_count, s->flags, s->interval_us);
    for (k = 0; k < s->count; k++) {
        jprintf("%s{\"cells\":[", k ? "," : "");
        for (c = 0; c < s->cell_count; c++) {
            jprintf("%s%u", c ? "," : "", s->cells[k * s->cell_count + c]);
        }
        jprintf("]");
        if (s->flags & PL_IMU_ACCEL) {
            jprintf(",\"accel\":[%d,%d,%d]", s->accel[k * 3], s->accel[k * 3 + 1],
                    s->accel[k * 3 + 2]);
        }
        if (s->flags & PL_IMU_GYRO) {
            jprintf(",\"gyro\":[%d,%d,%d]", s->gyro[k * 3], s->gyro[k * 3 + 1],
                    s->gyro[k * 3 + 2]);
        }
        jprintf("}");
    }
    jprintf("]}");
}

static void json_status(const pl_status_t *st)
{
    jprintf("{\"battery_mv\":%u,\"battery_percent\":%u,\"dropped_samples\":%lu,"
            "\"temperature_centi_c\":%d,\"flags\":%u}",
            st->battery_mv, st->battery_percent, (unsigned long)st->dropped_samples,
            st->temperature_centi_c, st->flags);
}

static void json_marker(const pl_marker_t *m)
{
    jprintf("{\"kind\":%u,\"value\":%u}", m->kind, m->value);
}

/* ---- Good frames: encode, append to wire, describe in JSON ---- */

static uint8_t fb[PL_MAX_FRAME_SIZE + 64];

static void good_descriptor_extra(uint16_t seq, uint32_t t, const pl_descriptor_t *d,
                                  const uint8_t *extra, size_t nextra)
{
    size_t n = (size_t)must(pl_encode_descriptor(fb, sizeof fb, seq, t, d), "descriptor");
    if (nextra > 0u) {
        n = append_extra(fb, n, extra, nextra);
    }
    good_frame_begin(fb, n);
    json_descriptor(d);
    good_frame_end();
}

static void good_descriptor(uint16_t seq, uint32_t t, const pl_descriptor_t *d)
{
    good_descriptor_extra(seq, t, d, NULL, 0);
}

static void good_samples_extra(uint16_t seq, uint32_t t, const pl_samples_t *s,
                               const uint8_t *extra, size_t nextra)
{
    size_t n = (size_t)must(pl_encode_samples(fb, sizeof fb, seq, t, s), "samples");
    if (nextra > 0u) {
        n = append_extra(fb, n, extra, nextra);
    }
    good_frame_begin(fb, n);
    json_samples(s);
    good_frame_end();
}

static void good_samples(uint16_t seq, uint32_t t, const pl_samples_t *s)
{
    good_samples_extra(seq, t, s, NULL, 0);
}

static void good_status(uint16_t seq, uint32_t t, const pl_status_t *st)
{
    size_t n = (size_t)must(pl_encode_status(fb, sizeof fb, seq, t, st), "status");
    good_frame_begin(fb, n);
    json_status(st);
    good_frame_end();
}

static void good_marker(uint16_t seq, uint32_t t, const pl_marker_t *m)
{
    size_t n = (size_t)must(pl_encode_marker(fb, sizeof fb, seq, t, m), "marker");
    good_frame_begin(fb, n);
    json_marker(m);
    good_frame_end();
}

static void good_request(uint16_t seq, uint32_t t)
{
    size_t n = (size_t)must(pl_encode_descriptor_request(fb, sizeof fb, seq, t), "request");
    good_frame_begin(fb, n);
    jprintf("{}");
    good_frame_end();
}

/* Verify the vector with the test receiver and write it to the output file. */
static void vec_end(void)
{
    static rx_result_t rx;
    size_t i;
    int r;
    int first;
    int ok = 1;

    for (i = 0; i < (size_t)nvectors; i++) {
        if (strcmp(seen_names[i], v.name) == 0) {
            fprintf(stderr, "duplicate vector name %s\n", v.name);
            failures++;
        }
    }
    if (nvectors < 128) {
        snprintf(seen_names[nvectors], sizeof seen_names[0], "%s", v.name);
    }
    CHECK(v.wire_len > 0u && v.wire[v.wire_len - 1u] == 0u);

    receive(v.wire, v.wire_len, &rx);
    if (rx.nframes != v.nframes) {
        ok = 0;
    } else {
        for (i = 0; i < v.nframes; i++) {
            if (rx.lens[i] != v.lens[i] || memcmp(rx.frames[i], v.frames[i], v.lens[i]) != 0) {
                ok = 0;
            }
        }
    }
    for (r = 1; r < R_COUNT; r++) {
        if (rx.errors[r] != v.errors[r]) {
            ok = 0;
        }
    }
    if (!ok) {
        fprintf(stderr, "vector %s: receiver got %lu frames (expected %lu), errors:", v.name,
                (unsigned long)rx.nframes, (unsigned long)v.nframes);
        for (r = 1; r < R_COUNT; r++) {
            fprintf(stderr, " %s=%u/%u", reason_names[r], rx.errors[r], v.errors[r]);
        }
        fprintf(stderr, " (got/expected)\n");
        failures++;
    }

    fprintf(out_file, "%s\n    {\n      \"name\": \"%s\",\n      \"description\": \"%s\",\n",
            nvectors == 0 ? "" : ",", v.name, v.description);
    fprintf(out_file, "      \"wire_hex\": \"");
    for (i = 0; i < v.wire_len; i++) {
        fprintf(out_file, "%02x", v.wire[i]);
    }
    fprintf(out_file, "\",\n      \"frames\": [%s%s],\n      \"errors\": {", v.frames_json,
            v.nframes ? "\n      " : "");
    first = 1;
    for (r = 1; r < R_COUNT; r++) {
        if (v.errors[r] > 0u) {
            fprintf(out_file, "%s\"%s\": %u", first ? "" : ", ", reason_names[r], v.errors[r]);
            first = 0;
        }
    }
    fprintf(out_file, "}\n    }");
    nvectors++;
}

/* ======================================================================== */
/* Test data                                                                  */
/* ======================================================================== */

/* Moticon-like 16-cell LEFT insole, 260 mm. x positive towards the wearer's left, i.e. lateral
 * for a left foot; medial cells have negative x. Units 0.1 mm. */
static const pl_cell_t cells16[16] = {
    /* heel (cells 1-4, y 25..60 mm) */
    {-120, 250, 1, 300, 0.25f, 12.0f, 4095},
    {150, 250, 2, 300, 0.25f, 12.0f, 4095},
    {-170, 600, 1, 300, 0.25f, 11.5f, 4095},
    {190, 600, 2, 300, 0.25f, 11.5f, 4095},
    /* midfoot (cells 5-8, y 90..140 mm) */
    {-160, 900, 3, 350, 0.125f, 10.0f, 4095},
    {230, 900, 3, 350, 0.125f, 10.0f, 4095},
    {-140, 1400, 3, 350, 0.125f, 10.0f, 4095},
    {280, 1400, 3, 350, 0.125f, 10.0f, 4095},
    /* metatarsal heads (cells 9-13, y 170..185 mm) */
    {-300, 1750, 4, 300, 0.5f, 8.0f, 4095},
    {-130, 1850, 5, 250, 0.5f, 8.0f, 4095},
    {40, 1850, 5, 250, 0.5f, 8.0f, 4095},
    {190, 1800, 6, 250, 0.5f, 8.0f, 4095},
    {320, 1700, 6, 250, 0.5f, 8.0f, 4095},
    /* toes (cells 14-16, y 220..240 mm) */
    {-280, 2350, 7, 350, 0.75f, 6.0f, 4095},
    {-40, 2300, 8, 250, 0.75f, 6.0f, 4095},
    {170, 2200, 8, 200, 0.75f, 6.0f, 4095},
};

/* 8-cell force insole (RIGHT, newtons, 10-bit ADC, no IMU). For a right foot medial is +x. */
static const pl_cell_t cells8[8] = {
    {150, 300, 1, 0, 1.0f, 4.0f, 1023},   {-150, 300, 2, 0, 1.0f, 4.0f, 1023},
    {-200, 1200, 3, 0, 1.5f, 4.0f, 1023}, {300, 1800, 4, 0, 0.5f, 2.0f, 1023},
    {50, 1900, 5, 0, 0.5f, 2.0f, 1023},   {-250, 1750, 6, 0, 0.5f, 2.0f, 1023},
    {280, 2350, 7, 0, 2.0f, 0.0f, 1023},  {-100, 2250, 8, 0, 2.0f, 0.0f, 1023},
};

static const pl_descriptor_t desc16 = {
    "PL-0001", 1, 2, 3, 305419896u, PL_SIDE_LEFT, 100, 260, 12, PL_UNIT_KPA,
    16, cells16, PL_IMU_ACCEL | PL_IMU_GYRO, 8, 2000,
};

static const pl_descriptor_t desc8 = {
    "FORCE8_R", 0, 9, 1, 0xDEADBEEFu, PL_SIDE_RIGHT, 50, 255, 10, PL_UNIT_NEWTON,
    8, cells8, 0, 0, 0,
};

static const pl_descriptor_t desc_imu = {
    "imu-only-7", 2, 0, 0, 0u, PL_SIDE_UNKNOWN, 200, 0, 12, PL_UNIT_NEWTON,
    0, NULL, PL_IMU_ACCEL | PL_IMU_GYRO, 16, 4000,
};

#define MAXS 32
static uint16_t sc[MAXS * 64];
static int16_t sa[MAXS * 3];
static int16_t sg[MAXS * 3];

/* Fill sample arrays with a heel-raise-like pattern: weight shifts from heel to forefoot. */
static void fill_samples(unsigned count, unsigned cell_count, unsigned phase)
{
    unsigned k;
    unsigned c;
    for (k = 0; k < count; k++) {
        unsigned t = phase + k;
        for (c = 0; c < cell_count; c++) {
            unsigned base = c < 4u ? 2400u : c < 8u ? 600u : c < 13u ? 1500u : 700u;
            unsigned shift = (c < 4u) ? (t * 90u) % 2000u : (t * 60u) % 1500u;
            unsigned val = c < 4u ? base - shift : base + shift;
            sc[k * cell_count + c] = (uint16_t)((val + 37u * c) % 4096u);
        }
        sa[k * 3] = (int16_t)(120 + (int)t);
        sa[k * 3 + 1] = (int16_t)(-35 - (int)(t % 5u));
        sa[k * 3 + 2] = (int16_t)(4096 - 3 * (int)t);
        sg[k * 3] = (int16_t)(-15 + (int)(t % 3u));
        sg[k * 3 + 1] = (int16_t)(850 + 10 * (int)t);
        sg[k * 3 + 2] = 7;
    }
}

static pl_samples_t samples(unsigned count, unsigned cell_count, unsigned flags, unsigned phase)
{
    pl_samples_t s;
    fill_samples(count, cell_count, phase);
    s.count = (uint8_t)count;
    s.cell_count = (uint8_t)cell_count;
    s.flags = (uint8_t)flags;
    s.interval_us = 10000;
    s.cells = sc;
    s.accel = sa;
    s.gyro = sg;
    return s;
}

static const pl_status_t status_basic = {3900, 80, 3, 3150, 0};

/* A known-good frame that follows each broken part, to show the receiver recovers. */
static void recovery_frame(uint16_t seq, uint32_t t)
{
    pl_samples_t s = samples(5, 16, 3, 0);
    good_samples(seq, t, &s);
}

/* ======================================================================== */
/* Vectors                                                                    */
/* ======================================================================== */

static void valid_vectors(void)
{
    pl_samples_t s;

    vec_begin("descriptor_16cells_left_260mm_imu",
              "Moticon-like 16-cell LEFT pressure insole (kPa), 260 mm, 12-bit ADC, accel+gyro");
    good_descriptor(0, 1200, &desc16);
    vec_end();

    vec_begin("descriptor_8cells_force_no_imu",
              "8-cell RIGHT force insole (newtons), 10-bit ADC, no IMU (ranges 0), cell area unknown");
    good_descriptor(0, 800, &desc8);
    vec_end();

    vec_begin("descriptor_imu_only_0cells",
              "IMU-only device: cell_count 0, side unknown, length unknown, boot_id 0, 16 g / 4000 dps");
    good_descriptor(0, 0, &desc_imu);
    vec_end();

    {
        static pl_cell_t many[56];
        pl_descriptor_t d = desc16;
        unsigned i;
        for (i = 0; i < 56u; i++) {
            many[i] = cells16[i % 16u];
            many[i].y = (int16_t)(many[i].y + (int)(i / 16u));
        }
        d.device_id = "PL-MAXIMUM-DEVICE-ID-32-BYTES-XY"; /* 32 bytes */
        d.cell_count = 56;
        d.cells = many;
        vec_begin("descriptor_id32_56cells_near_max",
                  "Largest descriptor with a 32-byte device_id: 56 cells, 1016-byte frame");
        good_descriptor(7, 99, &d);
        vec_end();
    }

    vec_begin("samples_single_16cells_imu", "One sample of 16 cells + accel + gyro");
    s = samples(1, 16, 3, 0);
    good_samples(12, 4294967000u, &s);
    vec_end();

    vec_begin("samples_batch5_16cells_imu",
              "Recommended batch: 5 samples of 16 cells + accel + gyro at 100 Hz");
    s = samples(5, 16, 3, 3);
    good_samples(13, 1000000u, &s);
    vec_end();

    vec_begin("samples_batch22_16cells_imu",
              "Maximum batch for 16 cells + IMU: 22 samples, 985-byte frame");
    s = samples(22, 16, 3, 10);
    good_samples(14, 1050000u, &s);
    vec_end();

    vec_begin("samples_batch5_16cells_no_imu", "5 samples of 16 cells, flags 0 (no accel, no gyro)");
    s = samples(5, 16, 0, 20);
    good_samples(15, 1100000u, &s);
    vec_end();

    vec_begin("samples_batch5_16cells_accel_only", "5 samples of 16 cells + accel only (flags 1)");
    s = samples(5, 16, 1, 25);
    good_samples(16, 1150000u, &s);
    vec_end();

    vec_begin("samples_batch3_8cells_gyro_only", "3 samples of 8 cells + gyro only (flags 2), 50 Hz");
    s = samples(3, 8, 2, 0);
    s.interval_us = 20000;
    good_samples(17, 2000000u, &s);
    vec_end();

    vec_begin("samples_batch4_imu_only_0cells", "IMU-only device: 4 samples, cell_count 0, 200 Hz");
    s = samples(4, 0, 3, 7);
    s.interval_us = 5000;
    good_samples(18, 3000000u, &s);
    vec_end();

    vec_begin("samples_dropout_cells_65535",
              "Batch of 3 where cells drop out (raw 65535) next to measured zeros and saturation");
    s = samples(3, 16, 3, 5);
    sc[0 * 16 + 4] = 0xFFFFu;
    sc[1 * 16 + 4] = 0xFFFFu;
    sc[1 * 16 + 5] = 0u;
    sc[2 * 16 + 0] = 4095u;
    sc[2 * 16 + 15] = 0xFFFFu;
    good_samples(19, 3100000u, &s);
    vec_end();

    vec_begin("samples_imu_extremes_negative",
              "IMU values at the i16 extremes (-32768, 32767), -1 and other negatives");
    s = samples(3, 16, 3, 0);
    sa[0] = -32768; sa[1] = 32767; sa[2] = -1;
    sg[0] = 32767; sg[1] = -32768; sg[2] = -1;
    sa[3] = -4096; sa[4] = -12345; sa[5] = 1;
    sg[3] = -200; sg[4] = -32767; sg[5] = 0;
    sa[6] = 32767; sa[7] = 32767; sa[8] = 32767;
    sg[6] = -32768; sg[7] = -32768; sg[8] = -32768;
    good_samples(20, 3200000u, &s);
    vec_end();

    vec_begin("samples_all_zero_many_zero_bytes",
              "5 samples where every cell and IMU value is 0: the frame is mostly zero bytes");
    s = samples(5, 16, 3, 0);
    memset(sc, 0, sizeof sc);
    memset(sa, 0, sizeof sa);
    memset(sg, 0, sizeof sg);
    good_samples(256, 0u, &s);
    vec_end();

    {
        /* A 1024-byte frame without a single zero byte: COBS output is exactly 1029 bytes, the
         * largest a receiver must accept, with four full 254-byte non-zero blocks. */
        static uint8_t extra[39];
        size_t i;
        unsigned attempt;
        s = samples(22, 16, 3, 0);
        for (i = 0; i < 22u * 16u; i++) {
            sc[i] = (uint16_t)(0x0101u + (i * 0x0203u) % 0xFEFEu);
            if ((sc[i] & 0xFFu) == 0u || (sc[i] >> 8) == 0u) {
                sc[i] = 0x1111u;
            }
        }
        for (i = 0; i < 22u * 3u; i++) {
            sa[i] = (int16_t)(0x0101 + (int)i * 3);
            sg[i] = (int16_t)(-0x0101 - (int)i * 5);
            if ((sg[i] & 0xFF) == 0) {
                sg[i] = -0x0202;
            }
        }
        for (attempt = 1; attempt < 256u; attempt++) {
            size_t n;
            int zero = 0;
            for (i = 0; i < sizeof extra; i++) {
                extra[i] = (uint8_t)(0xA0u + i);
            }
            extra[sizeof extra - 1u] = (uint8_t)attempt;
            n = (size_t)must(pl_encode_samples(fb, sizeof fb, 0x1234u, 0x11223344u, &s), "max");
            n = append_extra(fb, n, extra, sizeof extra);
            for (i = 0; i < n; i++) {
                zero |= fb[i] == 0u;
            }
            if (n == 1024u && !zero) {
                break;
            }
        }
        CHECK(attempt < 256u);
        vec_begin("samples_max_frame_1024_no_zero_bytes",
                  "22-sample frame padded with 39 extra bytes to exactly 1024 bytes, no zero byte: "
                  "1029 COBS bytes (the accepted maximum), 254-byte non-zero runs");
        good_samples_extra(0x1234u, 0x11223344u, &s, extra, sizeof extra);
        CHECK(v.wire_len == 1030u);
        vec_end();
    }

    {
        /* A 254-byte frame without a zero byte: one full COBS block ending exactly at the end of
         * the frame. Canonical form (PROTOCOL.md 1): 0xFF, the 254 bytes, the delimiter, with no
         * extra 0x01 code; a receiver also accepts the form with the redundant 0x01. */
        static uint8_t extra[9];
        size_t i;
        size_t n = 0;
        unsigned attempt;
        int pass;
        s = samples(6, 16, 1, 0); /* 8 + 5 + 6 * 38 + 4 = 245 bytes, 9 extra make 254 */
        for (i = 0; i < 6u * 3u; i++) {
            sa[i] = (int16_t)(0x0303 + (int)i * 7);
        }
        for (i = 0; i < 6u * 16u; i++) {
            sc[i] = (uint16_t)(0x0101u + (i * 0x0305u) % 0xFEFEu);
            if ((sc[i] & 0xFFu) == 0u || (sc[i] >> 8) == 0u) {
                sc[i] = 0x2222u;
            }
        }
        for (attempt = 1; attempt < 256u; attempt++) {
            int zero = 0;
            for (i = 0; i < sizeof extra; i++) {
                extra[i] = (uint8_t)(0xB0u + i);
            }
            extra[sizeof extra - 1u] = (uint8_t)attempt;
            n = (size_t)must(pl_encode_samples(fb, sizeof fb, 0x2345u, 0x21324354u, &s), "254");
            n = append_extra(fb, n, extra, sizeof extra);
            for (i = 0; i < n; i++) {
                zero |= fb[i] == 0u;
            }
            if (n == 254u && !zero) {
                break;
            }
        }
        CHECK(attempt < 256u);
        for (pass = 0; pass < 2; pass++) {
            vec_begin(pass == 0 ? "cobs_frame_ends_on_254_byte_block"
                                : "cobs_frame_ends_on_254_byte_block_redundant_01",
                      pass == 0 ? "254-byte frame, no zero byte: 0xFF + 254 bytes + 0x00, no "
                                  "trailing 0x01 code (the canonical form senders MUST use)"
                                : "The same frame with the redundant trailing 0x01 code some COBS "
                                  "libraries emit: receivers MUST decode it to the same frame");
            good_samples_extra(0x2345u, 0x21324354u, &s, extra, sizeof extra);
            CHECK(v.wire_len == 256u);
            if (pass == 1) {
                v.wire_len--; /* drop the delimiter, add the redundant code, delimit again */
                wire_byte(0x01u);
                wire_byte(0x00u);
            }
            vec_end();
        }
    }

    {
        /* 16-bit ADC: 0xFFFF is the drop-out value, so a cell saturates at 65534 (max_raw). */
        static const pl_cell_t cells_adc16[4] = {
            {-120, 300, 1, 300, 0.01f, 100.0f, 65534},
            {150, 300, 2, 300, 0.01f, 100.0f, 65534},
            {-200, 1800, 4, 300, 0.01f, 100.0f, 65534},
            {100, 2300, 7, 300, 0.01f, 100.0f, 65534},
        };
        static const pl_descriptor_t desc_adc16 = {
            "ADC16-L", 1, 0, 0, 0x16161616u, PL_SIDE_LEFT, 100, 250, 16, PL_UNIT_KPA,
            4, cells_adc16, 0, 0, 0,
        };
        vec_begin("adc16_saturation_65534_vs_dropout_65535",
                  "16-bit ADC, max_raw 65534: in the samples 65534 is a saturated cell, 65535 a "
                  "cell that did not report (drop-out), 0 a measured zero");
        good_descriptor(600, 6000000u, &desc_adc16);
        s = samples(2, 4, 0, 0);
        sc[0] = 65534u; sc[1] = 0xFFFFu; sc[2] = 0u; sc[3] = 32768u;
        sc[4] = 0xFFFFu; sc[5] = 65534u; sc[6] = 1u; sc[7] = 65533u;
        good_samples(600, 6000000u, &s);
        vec_end();
    }

    vec_begin("descriptor_carries_next_data_seq",
              "A periodic DESCRIPTOR uses no sequence number of its own: it carries the number of "
              "the data frame after it (PROTOCOL.md 2), so seq 700 twice, then 701");
    good_samples(699, 6999950u, &s);
    good_descriptor(700, 7000000u, &desc16);
    s = samples(5, 16, 3, 2);
    good_samples(700, 7000000u, &s);
    good_status(701, 7050000u, &status_basic);
    vec_end();

    vec_begin("status_basic", "STATUS: 3900 mV, 80 %, 3 dropped samples, 31.50 degC, no flags");
    good_status(21, 3300000u, &status_basic);
    vec_end();

    {
        pl_status_t st = {0xFFFFu, 255, 4294967295u, -32768, 3};
        vec_begin("status_extremes_unknowns",
                  "STATUS: battery percent unknown (255), temperature unknown (-32768), "
                  "max dropped count, charging + low battery");
        good_status(22, 3400000u, &st);
        vec_end();
    }
    {
        pl_status_t st = {3300, 5, 0, -1250, PL_STATUS_LOW_BATTERY};
        vec_begin("status_negative_temperature", "STATUS: -12.50 degC, 5 %, low battery flag");
        good_status(23, 3500000u, &st);
        vec_end();
    }

    {
        pl_marker_t m = {PL_MARKER_SET_START, 1};
        vec_begin("marker_set_start", "MARKER kind 2 (set start), value 1 (set number)");
        good_marker(24, 3600000u, &m);
        vec_end();
    }
    {
        pl_marker_t m[5] = {{PL_MARKER_SESSION_START, 0}, {PL_MARKER_BUTTON, 2},
                            {PL_MARKER_SET_END, 1}, {PL_MARKER_SET_START, 65535u},
                            {PL_MARKER_SESSION_END, 0}};
        unsigned i;
        vec_begin("marker_all_kinds",
                  "MARKER kinds 4 (session start), 1 (button 2), 3 (set end 1), 2 (set 65535), "
                  "5 (session end)");
        for (i = 0; i < 5u; i++) {
            good_marker((uint16_t)(25u + i), 3700000u + 1000u * i, &m[i]);
        }
        vec_end();
    }

    vec_begin("descriptor_request", "DESCRIPTOR_REQUEST (host -> device): empty payload");
    good_request(0, 0);
    vec_end();

    vec_begin("stream_seq_wrap",
              "4 SAMPLES frames with seq 65534, 65535, 0, 1 (wrap, no loss)");
    {
        unsigned i;
        for (i = 0; i < 4u; i++) {
            s = samples(5, 16, 3, 5u * i);
            good_samples((uint16_t)(65534u + i), 50000000u + 50000u * i, &s);
        }
    }
    vec_end();

    vec_begin("stream_time_wrap",
              "3 SAMPLES frames whose time_us crosses 2^32-1: 4294927296, 10000, 60000");
    s = samples(5, 16, 3, 0);
    good_samples(300, 4294927296u, &s);
    s = samples(5, 16, 3, 5);
    good_samples(301, 10000u, &s);
    s = samples(5, 16, 3, 10);
    good_samples(302, 60000u, &s);
    vec_end();

    vec_begin("stream_mixed_types",
              "Boot sequence: DESCRIPTOR, STATUS, MARKER session start, 2x SAMPLES, MARKER set "
              "start, SAMPLES, STATUS (seq 0..7)");
    {
        pl_marker_t m1 = {PL_MARKER_SESSION_START, 0};
        pl_marker_t m2 = {PL_MARKER_SET_START, 1};
        good_descriptor(0, 150000u, &desc16);
        good_status(1, 151000u, &status_basic);
        good_marker(2, 152000u, &m1);
        s = samples(5, 16, 3, 0);
        good_samples(3, 160000u, &s);
        s = samples(5, 16, 3, 5);
        good_samples(4, 210000u, &s);
        good_marker(5, 255000u, &m2);
        s = samples(5, 16, 3, 10);
        good_samples(6, 260000u, &s);
        good_status(7, 261000u, &status_basic);
    }
    vec_end();

    vec_begin("stream_empty_frames_ignored",
              "Leading 00 flush, doubled delimiters between frames: empty frames are ignored");
    wire_byte(0);
    wire_byte(0);
    recovery_frame(40, 400000u);
    wire_byte(0);
    wire_byte(0);
    good_status(41, 450000u, &status_basic);
    vec_end();

    {
        static const uint8_t extra[7] = {0x01, 0x00, 0xFF, 0x00, 0x00, 0x7E, 0x42};
        vec_begin("samples_extra_trailing_bytes",
                  "SAMPLES batch 5 with 7 extra bytes after the payload (inside the CRC): ignored");
        s = samples(5, 16, 3, 0);
        good_samples_extra(50, 500000u, &s, extra, sizeof extra);
        vec_end();

        vec_begin("descriptor_extra_trailing_bytes",
                  "16-cell DESCRIPTOR with 7 extra bytes after gyro_range_dps: ignored");
        good_descriptor_extra(51, 510000u, &desc16, extra, sizeof extra);
        vec_end();
    }
    {
        static const uint8_t extra[3] = {0x10, 0x00, 0x20};
        size_t n;
        vec_begin("status_marker_request_extra_trailing_bytes",
                  "STATUS, MARKER and DESCRIPTOR_REQUEST each with 3 extra payload bytes: ignored");
        n = (size_t)must(pl_encode_status(fb, sizeof fb, 52, 520000u, &status_basic), "status");
        good_frame_begin(fb, append_extra(fb, n, extra, sizeof extra));
        json_status(&status_basic);
        good_frame_end();
        {
            pl_marker_t m = {PL_MARKER_BUTTON, 1};
            n = (size_t)must(pl_encode_marker(fb, sizeof fb, 53, 530000u, &m), "marker");
            good_frame_begin(fb, append_extra(fb, n, extra, sizeof extra));
            json_marker(&m);
            good_frame_end();
        }
        n = (size_t)must(pl_encode_descriptor_request(fb, sizeof fb, 54, 540000u), "request");
        good_frame_begin(fb, append_extra(fb, n, extra, sizeof extra));
        jprintf("{}");
        good_frame_end();
        vec_end();
    }
}

static void broken_vectors(void)
{
    static uint8_t raw[PL_MAX_FRAME_SIZE + 64];
    pl_samples_t s;
    size_t n;
    size_t i;

    vec_begin("broken_bad_crc_then_good",
              "SAMPLES frame with one payload bit flipped (CRC mismatch) -> BAD_CRC; then a good frame");
    s = samples(5, 16, 3, 0);
    n = (size_t)must(pl_encode_samples(raw, sizeof raw, 60, 600000u, &s), "samples");
    raw[20] ^= 0x08u;
    wire_frame(raw, n);
    expect_error(R_BAD_CRC);
    recovery_frame(61, 650000u);
    vec_end();

    vec_begin("broken_truncated_short_frame_then_good",
              "Only the first 11 bytes of a STATUS frame (< 12) -> TRUNCATED; then a good frame");
    n = (size_t)must(pl_encode_status(raw, sizeof raw, 62, 620000u, &status_basic), "status");
    wire_frame(raw, 11);
    expect_error(R_TRUNCATED);
    recovery_frame(63, 650000u);
    vec_end();

    vec_begin("broken_truncated_samples_count_then_good",
              "SAMPLES says count 5 but carries only 3 samples (valid CRC) -> TRUNCATED; then a good frame");
    s = samples(5, 16, 3, 0);
    n = (size_t)must(pl_encode_samples(raw, sizeof raw, 64, 640000u, &s), "samples");
    n -= 2u * 44u;
    refresh_crc(raw, n);
    wire_frame(raw, n);
    expect_error(R_TRUNCATED);
    recovery_frame(65, 690000u);
    vec_end();

    vec_begin("broken_truncated_samples_empty_payload_then_good",
              "12-byte SAMPLES frame with no payload (valid CRC) -> TRUNCATED; then a good frame");
    n = (size_t)must(pl_encode_frame(raw, sizeof raw, 1, PL_TYPE_SAMPLES, 66, 660000u, NULL, 0),
                     "empty");
    wire_frame(raw, n);
    expect_error(R_TRUNCATED);
    recovery_frame(67, 670000u);
    vec_end();

    vec_begin("broken_oversize_then_good",
              "1100 non-zero bytes without a delimiter (> 1029) then 00 -> one OVERSIZE; then a good frame");
    for (i = 0; i < 1100u; i++) {
        wire_byte((uint8_t)(1u + i % 255u));
    }
    wire_byte(0);
    expect_error(R_OVERSIZE);
    recovery_frame(68, 680000u);
    vec_end();

    vec_begin("broken_oversize_good_frame_lost_delimiter_then_good",
              "Two good frames whose delimiter was lost (1 + 2x ~1000 bytes, > 1029) -> one OVERSIZE "
              "for the whole run; then a good frame");
    {
        static uint8_t enc[PL_MAX_WIRE_SIZE];
        int k;
        int m;
        s = samples(22, 16, 3, 0);
        n = (size_t)must(pl_encode_samples(raw, sizeof raw, 69, 690000u, &s), "samples");
        for (k = 0; k < 2; k++) {
            m = must(pl_cobs_encode(raw, n, enc, sizeof enc), "cobs");
            wire_append(enc, (size_t)m - 1u); /* drop the delimiter */
        }
        wire_byte(0);
        expect_error(R_OVERSIZE);
    }
    recovery_frame(71, 710000u);
    vec_end();

    vec_begin("broken_unknown_type_7e_then_good",
              "Version 1 frame of type 0x7E with a 4-byte payload (valid CRC) -> UNKNOWN_TYPE; "
              "then a good frame (seq 72 then 73: the unknown frame used a sequence number)");
    {
        static const uint8_t payload[4] = {0xCA, 0xFE, 0x00, 0x01};
        n = (size_t)must(pl_encode_frame(raw, sizeof raw, 1, 0x7E, 72, 720000u, payload, 4),
                         "unknown");
        wire_frame(raw, n);
        expect_error(R_UNKNOWN_TYPE);
    }
    recovery_frame(73, 730000u);
    vec_end();

    vec_begin("broken_unsupported_version_2_then_good",
              "SAMPLES frame with version 2 (valid CRC) -> UNSUPPORTED_VERSION; then a good frame");
    s = samples(5, 16, 3, 0);
    n = (size_t)must(pl_encode_samples(raw, sizeof raw, 74, 740000u, &s), "samples");
    raw[0] = 2;
    refresh_crc(raw, n);
    wire_frame(raw, n);
    expect_error(R_UNSUPPORTED_VERSION);
    recovery_frame(75, 750000u);
    vec_end();

    vec_begin("broken_bad_cobs_then_good",
              "COBS data 05 11 22 00: code 5 points past the end of the frame -> BAD_COBS; then a good frame");
    wire_byte(0x05);
    wire_byte(0x11);
    wire_byte(0x22);
    wire_byte(0x00);
    expect_error(R_BAD_COBS);
    recovery_frame(76, 760000u);
    vec_end();

    vec_begin("broken_bad_cobs_lost_tail_then_good",
              "A STATUS frame's COBS bytes cut after 6 bytes (its second code byte 04 points past "
              "the cut) then 00 -> BAD_COBS; then a good frame");
    {
        static uint8_t enc[PL_MAX_WIRE_SIZE];
        int m;
        n = (size_t)must(pl_encode_status(raw, sizeof raw, 77, 770000u, &status_basic), "status");
        m = must(pl_cobs_encode(raw, n, enc, sizeof enc), "cobs");
        CHECK(m > 7 && enc[0] == 4u && enc[4] == 4u);
        wire_append(enc, 6);
        wire_byte(0);
        expect_error(R_BAD_COBS);
    }
    recovery_frame(78, 780000u);
    vec_end();

    vec_begin("broken_bad_field_side_7_then_good",
              "16-cell DESCRIPTOR with side 7 (valid CRC, full length) -> BAD_FIELD; then a good frame");
    n = (size_t)must(pl_encode_descriptor(raw, sizeof raw, 79, 790000u, &desc16), "descriptor");
    raw[8 + 1 + 7 + 7] = 7; /* header, id_len, "PL-0001", +7 side */
    refresh_crc(raw, n);
    wire_frame(raw, n);
    expect_error(R_BAD_FIELD);
    recovery_frame(80, 800000u);
    vec_end();

    vec_begin("broken_bad_field_cell_count_65_then_good",
              "DESCRIPTOR with cell_count 65 (length-determining field, checked when read, so "
              "BAD_FIELD although the payload is also short) -> BAD_FIELD; then a good frame");
    n = (size_t)must(pl_encode_descriptor(raw, sizeof raw, 81, 810000u, &desc16), "descriptor");
    raw[8 + 1 + 7 + 14] = 65;
    refresh_crc(raw, n);
    wire_frame(raw, n);
    expect_error(R_BAD_FIELD);
    recovery_frame(82, 820000u);
    vec_end();

    vec_begin("broken_bad_field_samples_count_0_then_good",
              "SAMPLES with count 0 (valid CRC, 5-byte payload) -> BAD_FIELD; then a good frame");
    {
        static const uint8_t payload[5] = {0, 16, 3, 0x10, 0x27};
        n = (size_t)must(pl_encode_frame(raw, sizeof raw, 1, PL_TYPE_SAMPLES, 83, 830000u,
                                         payload, 5), "count0");
        wire_frame(raw, n);
        expect_error(R_BAD_FIELD);
    }
    recovery_frame(84, 840000u);
    vec_end();

    vec_begin("broken_bad_field_status_marker_then_good",
              "STATUS with battery_percent 101 and MARKER with kind 0 (valid CRCs) -> 2 BAD_FIELD; "
              "then a good frame");
    {
        static const uint8_t marker0[3] = {0, 1, 0};
        n = (size_t)must(pl_encode_status(raw, sizeof raw, 85, 850000u, &status_basic), "status");
        raw[10] = 101;
        refresh_crc(raw, n);
        wire_frame(raw, n);
        expect_error(R_BAD_FIELD);
        n = (size_t)must(pl_encode_frame(raw, sizeof raw, 1, PL_TYPE_MARKER, 86, 860000u,
                                         marker0, 3), "marker0");
        wire_frame(raw, n);
        expect_error(R_BAD_FIELD);
    }
    recovery_frame(87, 870000u);
    vec_end();

    vec_begin("broken_leading_garbage_then_good",
              "Receiver attaches mid-stream: 15 garbage bytes (0f 'GARBAGE-GARBAG') then 00 decode "
              "to 14 bytes with a wrong CRC -> BAD_CRC; then a good frame");
    {
        static const char g[] = "GARBAGE-GARBAG";
        wire_byte(0x0F);
        wire_append((const uint8_t *)g, 14);
        wire_byte(0);
        expect_error(R_BAD_CRC);
    }
    recovery_frame(88, 880000u);
    vec_end();

    vec_begin("broken_order_version_before_type_then_good",
              "Version 2 and unknown type 0x7E (valid CRC): version is checked first -> "
              "UNSUPPORTED_VERSION; then a good frame");
    n = (size_t)must(pl_encode_frame(raw, sizeof raw, 2, 0x7E, 89, 890000u, NULL, 0), "v2");
    wire_frame(raw, n);
    expect_error(R_UNSUPPORTED_VERSION);
    recovery_frame(90, 900000u);
    vec_end();

    vec_begin("broken_order_crc_before_version_then_good",
              "Version 2 frame with a flipped CRC bit: CRC is checked first -> BAD_CRC; then a good frame");
    s = samples(1, 16, 3, 0);
    n = (size_t)must(pl_encode_samples(raw, sizeof raw, 91, 910000u, &s), "samples");
    raw[0] = 2;
    refresh_crc(raw, n);
    raw[n - 1u] ^= 0x80u;
    wire_frame(raw, n);
    expect_error(R_BAD_CRC);
    recovery_frame(92, 920000u);
    vec_end();

    vec_begin("broken_order_truncated_before_bad_field_then_good",
              "DESCRIPTOR with side 7 whose last 4 bytes (IMU fields) are missing (valid CRC): length "
              "is checked before ranges -> TRUNCATED; then a good frame");
    n = (size_t)must(pl_encode_descriptor(raw, sizeof raw, 93, 930000u, &desc16), "descriptor");
    raw[8 + 1 + 7 + 7] = 7;
    n -= 4u;
    refresh_crc(raw, n);
    wire_frame(raw, n);
    expect_error(R_TRUNCATED);
    recovery_frame(94, 940000u);
    vec_end();

    vec_begin("broken_stream_mixed_errors",
              "Good frames interleaved with BAD_CRC x2, UNKNOWN_TYPE, TRUNCATED, BAD_COBS; 4 good frames");
    {
        pl_marker_t m = {PL_MARKER_SET_END, 3};
        good_status(100, 1000000u, &status_basic);
        n = (size_t)must(pl_encode_status(raw, sizeof raw, 101, 1001000u, &status_basic), "s");
        raw[9] ^= 0x01u;
        wire_frame(raw, n);
        expect_error(R_BAD_CRC);
        n = (size_t)must(pl_encode_frame(raw, sizeof raw, 1, 0x7E, 102, 1002000u, NULL, 0), "u");
        wire_frame(raw, n);
        expect_error(R_UNKNOWN_TYPE);
        good_marker(103, 1003000u, &m);
        n = (size_t)must(pl_encode_marker(raw, sizeof raw, 104, 1004000u, &m), "m");
        raw[2] ^= 0x40u;
        wire_frame(raw, n);
        expect_error(R_BAD_CRC);
        wire_frame(raw, 5);
        expect_error(R_TRUNCATED);
        wire_byte(0xFF);
        wire_byte(0x01);
        wire_byte(0x00);
        expect_error(R_BAD_COBS);
        recovery_frame(105, 1005000u);
        good_request(106, 1006000u);
    }
    vec_end();
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTPUT.json\n", argv[0]);
        return 2;
    }
    self_test();
    if (failures > 0) {
        fprintf(stderr, "%d self-test failure(s)\n", failures);
        return 1;
    }
    out_file = fopen(argv[1], "w");
    if (out_file == NULL) {
        perror(argv[1]);
        return 2;
    }
    fprintf(out_file, "{\n  \"protocol_version\": 1,\n  \"vectors\": [");
    valid_vectors();
    broken_vectors();
    fprintf(out_file, "\n  ]\n}\n");
    if (fclose(out_file) != 0) {
        perror(argv[1]);
        return 2;
    }
    if (failures > 0) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("self-tests passed; %d vectors written to %s\n", nvectors, argv[1]);
    return 0;
}
