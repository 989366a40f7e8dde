/*
 * Plantaris insole wire protocol, version 1: reference encoder (see ../PROTOCOL.md).
 *
 * Portable C99 for microcontrollers: no heap, only <stdint.h>, <stddef.h> and <string.h>,
 * caller-provided buffers, explicit little-endian byte writes, 16-entry CRC-32 table.
 *
 * Two layers:
 *  - pl_encode_*: build one raw frame (header + payload + CRC) into a buffer; the caller supplies
 *    seq and time_us. pl_cobs_encode() then turns it into wire bytes (COBS + trailing 0x00).
 *  - pl_next_*: use a pl_encoder_t that owns the device's running sequence number and a scratch
 *    frame buffer, and write ready-to-send wire bytes. seq advances only when a frame is produced.
 *
 * All encoding functions return the number of bytes written (> 0) or a negative PL_ERR_* code.
 */
#ifndef PLANTARIS_PROTO_H
#define PLANTARIS_PROTO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PL_PROTOCOL_VERSION 1u
#define PL_HEADER_SIZE 8u
#define PL_CRC_SIZE 4u
#define PL_MIN_FRAME_SIZE 12u   /* header + CRC, empty payload */
#define PL_MAX_FRAME_SIZE 1024u /* decoded: header + payload + CRC */
#define PL_MAX_PAYLOAD_SIZE (PL_MAX_FRAME_SIZE - PL_HEADER_SIZE - PL_CRC_SIZE)
/* Worst-case COBS output for n input bytes (n + ceil(n/254), at least 1), without delimiter. */
#define PL_COBS_MAX_ENCODED(n) ((n) + ((n) + 253u) / 254u + ((n) == 0u ? 1u : 0u))
/* Largest encoded frame a receiver accepts (1029), and with the 0x00 delimiter (1030). */
#define PL_MAX_ENCODED_SIZE PL_COBS_MAX_ENCODED(PL_MAX_FRAME_SIZE)
#define PL_MAX_WIRE_SIZE (PL_MAX_ENCODED_SIZE + 1u)

#define PL_MAX_ID_LEN 32u
#define PL_MAX_CELLS 64u
#define PL_CELL_SIZE 17u

/* Message types. */
#define PL_TYPE_DESCRIPTOR 0x01u
#define PL_TYPE_SAMPLES 0x02u
#define PL_TYPE_STATUS 0x03u
#define PL_TYPE_MARKER 0x04u
#define PL_TYPE_DESCRIPTOR_REQUEST 0x10u

/* Flag bits (DESCRIPTOR imu_flags, SAMPLES flags, STATUS flags). */
#define PL_IMU_ACCEL 0x01u
#define PL_IMU_GYRO 0x02u
#define PL_STATUS_CHARGING 0x01u
#define PL_STATUS_LOW_BATTERY 0x02u

/* Enumerations. */
#define PL_SIDE_UNKNOWN 0u
#define PL_SIDE_LEFT 1u
#define PL_SIDE_RIGHT 2u
#define PL_UNIT_NEWTON 0u
#define PL_UNIT_KPA 1u
#define PL_MARKER_BUTTON 1u
#define PL_MARKER_SET_START 2u
#define PL_MARKER_SET_END 3u
#define PL_MARKER_SESSION_START 4u
#define PL_MARKER_SESSION_END 5u
#define PL_CELL_DROPOUT 0xFFFFu
#define PL_BATTERY_PERCENT_UNKNOWN 255u
#define PL_TEMPERATURE_UNKNOWN (-32768)

/* Error codes (negative return values). */
#define PL_ERR_NULL (-1)      /* a required pointer is NULL */
#define PL_ERR_SPACE (-2)     /* output buffer too small */
#define PL_ERR_RANGE (-3)     /* a field is outside its documented range */
#define PL_ERR_TOO_LARGE (-4) /* frame would exceed PL_MAX_FRAME_SIZE */

/* One pressure cell of a DESCRIPTOR (section 3.1). */
typedef struct {
    int16_t x;         /* centre across the insole, 0.1 mm, positive towards the wearer's left */
    int16_t y;         /* centre along the insole from the back of the heel, 0.1 mm */
    uint8_t region;    /* 0..8, see PROTOCOL.md */
    uint16_t area_mm2; /* sensing area, 0 if unknown */
    float gain;        /* calibrated value = gain * (raw - offset) */
    float offset;      /* in raw counts */
    uint16_t max_raw;  /* saturation value of the raw count */
} pl_cell_t;

/* DESCRIPTOR payload (section 3.1). */
typedef struct {
    const char *device_id; /* NUL-terminated, 1..32 bytes */
    uint8_t fw_major;
    uint8_t fw_minor;
    uint8_t fw_patch;
    uint32_t boot_id;
    uint8_t side;              /* PL_SIDE_* */
    uint16_t sample_rate_hz;   /* 1..1000 */
    uint16_t insole_length_mm; /* 0 if unknown */
    uint8_t adc_bits;          /* 1..16 */
    uint8_t unit;              /* PL_UNIT_* */
    uint8_t cell_count;        /* 0..64 (the 1024-byte frame limits it further) */
    const pl_cell_t *cells;    /* cell_count entries; may be NULL when cell_count is 0 */
    uint8_t imu_flags;         /* PL_IMU_* bits */
    uint8_t accel_range_g;     /* 2, 4, 8 or 16 if PL_IMU_ACCEL, else 0 */
    uint16_t gyro_range_dps;   /* 125..4000 if PL_IMU_GYRO, else 0 */
} pl_descriptor_t;

/* SAMPLES payload (section 3.2): `count` samples stored sample-major in flat arrays. */
typedef struct {
    uint8_t count;         /* 1..255 */
    uint8_t cell_count;    /* pressure values per sample, 0..64 */
    uint8_t flags;         /* PL_IMU_* bits */
    uint16_t interval_us;  /* time between consecutive samples */
    const uint16_t *cells; /* count * cell_count raw values, cells[k * cell_count + c] */
    const int16_t *accel;  /* count * 3 values (x, y, z per sample) if PL_IMU_ACCEL, else unused */
    const int16_t *gyro;   /* count * 3 values (x, y, z per sample) if PL_IMU_GYRO, else unused */
} pl_samples_t;

/* STATUS payload (section 3.3). */
typedef struct {
    uint16_t battery_mv;
    uint8_t battery_percent; /* 0..100, 255 unknown */
    uint32_t dropped_samples;
    int16_t temperature_centi_c; /* 0.01 degC, -32768 unknown */
    uint8_t flags;               /* PL_STATUS_* bits */
} pl_status_t;

/* MARKER payload (section 3.4). */
typedef struct {
    uint8_t kind;   /* PL_MARKER_*, 1..5 */
    uint16_t value; /* set number for 2/3, button id for 1, otherwise 0 */
} pl_marker_t;

/* Device-side encoder state: running sequence number plus a scratch frame buffer. */
typedef struct {
    uint16_t seq;                             /* seq of the next frame to be sent */
    uint8_t scratch[PL_MAX_FRAME_SIZE];       /* raw frame before COBS */
} pl_encoder_t;

/* ---- CRC-32/ISO-HDLC and COBS ---- */

/* Feed len bytes into a running CRC-32 register (start with 0xFFFFFFFF, finish with ^0xFFFFFFFF). */
uint32_t pl_crc32_update(uint32_t reg, const uint8_t *data, size_t len);
/* CRC-32/ISO-HDLC of len bytes (pl_crc32("123456789", 9) == 0xCBF43926). */
uint32_t pl_crc32(const uint8_t *data, size_t len);
/* COBS-encode len bytes of src into dst and append the 0x00 delimiter; returns bytes written. */
int pl_cobs_encode(const uint8_t *src, size_t len, uint8_t *dst, size_t cap);

/* ---- Raw frames (header + payload + CRC), caller-supplied seq and time ---- */

/* Frame arbitrary version/type/payload bytes (no payload validation); returns the frame length. */
int pl_encode_frame(uint8_t *buf, size_t cap, uint8_t version, uint8_t type, uint16_t seq,
                    uint32_t time_us, const uint8_t *payload, size_t payload_len);
/* Encode a validated DESCRIPTOR frame into buf; returns the frame length. */
int pl_encode_descriptor(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                         const pl_descriptor_t *d);
/* Encode a validated SAMPLES frame batching s->count samples into buf; returns the frame length. */
int pl_encode_samples(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                      const pl_samples_t *s);
/* Encode a validated STATUS frame into buf; returns the frame length. */
int pl_encode_status(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                     const pl_status_t *st);
/* Encode a validated MARKER frame into buf; returns the frame length. */
int pl_encode_marker(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                     const pl_marker_t *m);
/* Encode a DESCRIPTOR_REQUEST frame (empty payload, host -> device) into buf; returns 12. */
int pl_encode_descriptor_request(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us);

/* Largest sample count that fits one SAMPLES frame for this layout (22 for 16 cells + IMU). */
unsigned pl_samples_max_count(uint8_t cell_count, uint8_t flags);

/* ---- Device encoder: running seq, output is wire bytes (COBS + 0x00) ---- */

/* Initialise the encoder at boot: seq = 0. */
void pl_encoder_init(pl_encoder_t *enc);
/* Set the sequence number of the next frame explicitly (tests, resuming). */
void pl_encoder_set_seq(pl_encoder_t *enc, uint16_t seq);
/* Sequence number the next frame will carry. */
uint16_t pl_encoder_seq(const pl_encoder_t *enc);
/* Wire-encode a DESCRIPTOR with the next seq (advanced on success); returns bytes written. */
int pl_next_descriptor(pl_encoder_t *enc, uint32_t time_us, const pl_descriptor_t *d,
                       uint8_t *wire, size_t cap);
/* Wire-encode a SAMPLES batch with the next seq (advanced on success); returns bytes written. */
int pl_next_samples(pl_encoder_t *enc, uint32_t time_us, const pl_samples_t *s,
                    uint8_t *wire, size_t cap);
/* Wire-encode a STATUS with the next seq (advanced on success); returns bytes written. */
int pl_next_status(pl_encoder_t *enc, uint32_t time_us, const pl_status_t *st,
                   uint8_t *wire, size_t cap);
/* Wire-encode a MARKER with the next seq (advanced on success); returns bytes written. */
int pl_next_marker(pl_encoder_t *enc, uint32_t time_us, const pl_marker_t *m,
                   uint8_t *wire, size_t cap);
/* Wire-encode a DESCRIPTOR_REQUEST with the next seq (advanced on success); returns bytes written. */
int pl_next_descriptor_request(pl_encoder_t *enc, uint32_t time_us, uint8_t *wire, size_t cap);

#ifdef __cplusplus
}
#endif

#endif /* PLANTARIS_PROTO_H */
