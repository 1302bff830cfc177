;; The Mersenne Twister's block regeneration and numpy's legacy polar Gaussian, as a WebAssembly
;; kernel (source of src/core/rng/mt-kernel.wasm.ts; `npm run build:wasm` assembles it, a test
;; checks that the committed bytes are this file's). One instance per generator.
;;
;; Memory (one 64 KiB page per instance, never grown, so JS views stay valid):
;;   [0, 2496)      mt: the 624 state words
;;   [2496, 4992)   out: the tempered block, out[k] = temper(mt[k])
;;   [8184, 8192)   the last pair's unscaled f·x1 (the Gaussian numpy caches)
;;   [8192, 65536)  normals written by `pairs` (7,168 doubles)
;; The read position `pos` (0..624) is a global the host sets before and reads after `pairs`.
(module
  (import "m" "log" (func $log (param f64) (result f64)))
  (memory (export "memory") 1 1)
  (global $pos (export "pos") (mut i32) (i32.const 624))

  ;; mt[k] ← mt[k+m] ⊕ (y ≫ 1) ⊕ (y odd ? 0x9908b0df : 0), y = upper(mt[k]) | lower(mt[k+1]), for one
  ;; word k at byte address $a, with mt[k+1] at $n and mt[k+m] at $b (regen does 4 lanes at a time).
  (func $twist1 (param $a i32) (param $n i32) (param $b i32)
    (local $y i32)
    (local.set $y (i32.or
      (i32.and (i32.load (local.get $a)) (i32.const 0x80000000))
      (i32.and (i32.load (local.get $n)) (i32.const 0x7fffffff))))
    (i32.store (local.get $a)
      (i32.xor (i32.xor (i32.load (local.get $b)) (i32.shr_u (local.get $y) (i32.const 1)))
        (i32.and (i32.sub (i32.const 0) (i32.and (local.get $y) (i32.const 1))) (i32.const 0x9908b0df)))))

  ;; The next block (MT19937's generation step, N = 624, M = 397), then out = temper(mt).
  ;; Words k < 227 read the old mt[k+397]; words k ≥ 227 read the new mt[k−227], which four-lane
  ;; steps have always written already; lane groups never straddle k = 227 or k = 623.
  (func $regen (export "regen")
    (local $a i32) (local $y v128)
    ;; k = 0..223 in 4-lane groups, then 224, 225, 226 one by one.
    (local.set $a (i32.const 0))
    (loop $l1
      ;; twist4 (inlined: V8 does not inline wasm calls)
      (local.set $y (v128.or
        (v128.and (v128.load (local.get $a)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
        (v128.and (v128.load offset=4 (local.get $a)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
      (v128.store (local.get $a)
        (v128.xor (v128.xor (v128.load offset=1588 (local.get $a)) (i32x4.shr_u (local.get $y) (i32.const 1)))
          (v128.and (i32x4.sub (v128.const i32x4 0 0 0 0) (v128.and (local.get $y) (v128.const i32x4 1 1 1 1)))
            (v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (br_if $l1 (i32.lt_u (local.get $a) (i32.const 896))))
    (loop $l2
      (call $twist1 (local.get $a) (i32.add (local.get $a) (i32.const 4)) (i32.add (local.get $a) (i32.const 1588)))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br_if $l2 (i32.lt_u (local.get $a) (i32.const 908))))
    ;; k = 227..618 in 4-lane groups (reading mt[k−227]), then 619..622 one by one.
    (loop $l3
      ;; twist4 (inlined: V8 does not inline wasm calls)
      (local.set $y (v128.or
        (v128.and (v128.load (local.get $a)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
        (v128.and (v128.load offset=4 (local.get $a)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
      (v128.store (local.get $a)
        (v128.xor (v128.xor (v128.load (i32.sub (local.get $a) (i32.const 908))) (i32x4.shr_u (local.get $y) (i32.const 1)))
          (v128.and (i32x4.sub (v128.const i32x4 0 0 0 0) (v128.and (local.get $y) (v128.const i32x4 1 1 1 1)))
            (v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (br_if $l3 (i32.lt_u (local.get $a) (i32.const 2476))))
    (loop $l4
      (call $twist1 (local.get $a) (i32.add (local.get $a) (i32.const 4)) (i32.sub (local.get $a) (i32.const 908)))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br_if $l4 (i32.lt_u (local.get $a) (i32.const 2492))))
    ;; k = 623: y takes the lower bits of the new mt[0]; mt[623+397−624] = mt[396].
    (call $twist1 (i32.const 2492) (i32.const 0) (i32.const 1584))
    (call $temperBlock)
    (global.set $pos (i32.const 0)))

  ;; out[k] = temper(mt[k]) for the whole block, 4 lanes at a time (also used after a state is
  ;; loaded): v ⊕= v≫11; v ⊕= (v≪7) & 0x9d2c5680; v ⊕= (v≪15) & 0xefc60000; v ⊕= v≫18.
  (func $temperBlock (export "temper")
    (local $a i32) (local $v v128)
    (loop $t
      (local.set $v (v128.load (local.get $a)))
      (local.set $v (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 11))))
      (local.set $v (v128.xor (local.get $v)
        (v128.and (i32x4.shl (local.get $v) (i32.const 7)) (v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680))))
      (local.set $v (v128.xor (local.get $v)
        (v128.and (i32x4.shl (local.get $v) (i32.const 15)) (v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000))))
      (v128.store offset=2496 (local.get $a) (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 18))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (br_if $t (i32.lt_u (local.get $a) (i32.const 2496)))))

  ;; The next tempered word, regenerating at the end of a block.
  (func $word (result i32)
    (local $w i32)
    (if (i32.ge_u (global.get $pos) (i32.const 624)) (then (call $regen)))
    (local.set $w (i32.load offset=2496 (i32.shl (global.get $pos) (i32.const 2))))
    (global.set $pos (i32.add (global.get $pos) (i32.const 1)))
    (local.get $w))

  ;; (a·2²⁶ + b) / 2⁵³ with a = w₁ ≫ 5, b = w₂ ≫ 6: numpy's random_sample from two words. The
  ;; sum is an integer below 2⁵³, so multiplying by 2⁻⁵³ is exact and equals the division.
  (func $double (param $w1 i32) (param $w2 i32) (result f64)
    (f64.mul
      (f64.add
        (f64.mul (f64.convert_i32_u (i32.shr_u (local.get $w1) (i32.const 5))) (f64.const 67108864))
        (f64.convert_i32_u (i32.shr_u (local.get $w2) (i32.const 6))))
      (f64.const 0x1p-53)))

  ;; ln x as fdlibm's __ieee754_log computes it (V8's Math.log is the same code, so the results are
  ;; identical; test/mt-kernel.test.ts compares them on millions of values): x = 2ᵏ(1 + f) with
  ;; √2/2 < 1 + f < √2, s = f/(2 + f), ln(1 + f) = f − s(f − R(s²)) with a degree-14 polynomial R,
  ;; ln x = k·ln2_hi − ((s(f − R) − k·ln2_lo) − f) (and its variants for small f or k = 0).
  ;; Zero, negative, subnormal, infinite and NaN arguments (never an r² here) go to the host's log.
  (func $ln (export "ln") (param $x f64) (result f64)
    (local $bits i64) (local $hx i32) (local $k i32) (local $i i32) (local $f f64) (local $s f64)
    (local $z f64) (local $w f64) (local $r f64) (local $dk f64) (local $hfsq f64)
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $hx (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 32))))
    (if (i32.ge_u (i32.sub (local.get $hx) (i32.const 0x00100000)) (i32.const 0x7fe00000))
      (then (return (call $log (local.get $x)))))
    (local.set $k (i32.sub (i32.shr_s (local.get $hx) (i32.const 20)) (i32.const 1023)))
    (local.set $hx (i32.and (local.get $hx) (i32.const 0x000fffff)))
    (local.set $i (i32.and (i32.add (local.get $hx) (i32.const 0x95f64)) (i32.const 0x100000)))
    ;; Normalise x or x/2 into [√2/2, √2).
    (local.set $x (f64.reinterpret_i64 (i64.or
      (i64.and (local.get $bits) (i64.const 0xffffffff))
      (i64.shl (i64.extend_i32_u (i32.or (local.get $hx) (i32.xor (local.get $i) (i32.const 0x3ff00000)))) (i64.const 32)))))
    (local.set $k (i32.add (local.get $k) (i32.shr_s (local.get $i) (i32.const 20))))
    (local.set $f (f64.sub (local.get $x) (f64.const 1)))
    (local.set $dk (f64.convert_i32_s (local.get $k)))
    ;; |f| < 2⁻²⁰
    (if (i32.lt_s (i32.and (i32.add (local.get $hx) (i32.const 2)) (i32.const 0x000fffff)) (i32.const 3))
      (then
        (if (f64.eq (local.get $f) (f64.const 0))
          (then
            (if (i32.eqz (local.get $k)) (then (return (f64.const 0))))
            (return (f64.add (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
              (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10))))))
        (local.set $r (f64.mul (f64.mul (local.get $f) (local.get $f))
          (f64.sub (f64.const 0.5) (f64.mul (f64.const 0.33333333333333333) (local.get $f)))))
        (if (i32.eqz (local.get $k)) (then (return (f64.sub (local.get $f) (local.get $r)))))
        (return (f64.sub (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
          (f64.sub (f64.sub (local.get $r) (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10))) (local.get $f))))))
    (local.set $s (f64.div (local.get $f) (f64.add (f64.const 2) (local.get $f))))
    (local.set $z (f64.mul (local.get $s) (local.get $s)))
    (local.set $w (f64.mul (local.get $z) (local.get $z)))
    ;; R = t2 + t1, t1 = w(Lg2 + w(Lg4 + w·Lg6)), t2 = z(Lg1 + w(Lg3 + w(Lg5 + w·Lg7))).
    (local.set $r (f64.add
      (f64.mul (local.get $z) (f64.add (f64.const 6.666666666666735130e-01) (f64.mul (local.get $w)
        (f64.add (f64.const 2.857142874366239149e-01) (f64.mul (local.get $w)
          (f64.add (f64.const 1.818357216161805012e-01) (f64.mul (local.get $w) (f64.const 1.479819860511658591e-01))))))))
      (f64.mul (local.get $w) (f64.add (f64.const 3.999999999940941908e-01) (f64.mul (local.get $w)
        (f64.add (f64.const 2.222219843214978396e-01) (f64.mul (local.get $w) (f64.const 1.531383769920937332e-01))))))))
    (if (i32.gt_s (i32.or (i32.sub (local.get $hx) (i32.const 0x6147a)) (i32.sub (i32.const 0x6b851) (local.get $hx))) (i32.const 0))
      (then
        (local.set $hfsq (f64.mul (f64.mul (f64.const 0.5) (local.get $f)) (local.get $f)))
        (if (i32.eqz (local.get $k))
          (then (return (f64.sub (local.get $f)
            (f64.sub (local.get $hfsq) (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $r))))))))
        (return (f64.sub (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
          (f64.sub
            (f64.sub (local.get $hfsq)
              (f64.add (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $r)))
                (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10))))
            (local.get $f))))))
    (if (i32.eqz (local.get $k))
      (then (return (f64.sub (local.get $f) (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $r)))))))
    (f64.sub (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
      (f64.sub
        (f64.sub (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $r)))
          (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10)))
        (local.get $f))))

;; `count` pairs of numpy's legacy polar method: x₁, x₂ = 2U − 1 until 0 < r² = x₁² + x₂² < 1;
  ;; f = √(−2 ln r² / r²); writes loc + scale·(f·x₂), loc + scale·(f·x₁) per pair from byte 8192
  ;; and the last pair's f·x₁ at byte 8184. The same operations, in the same order, as
  ;; NumpyRandom.gaussian, with ln the same function as Math.log. In two passes: first the
  ;; accepted (x₁, x₂) pairs, with no branch on acceptance (a rejected pair is overwritten by the
  ;; next); then f and the outputs for all of them, a loop with no unpredictable branch.
  (func (export "pairs") (param $count i32) (param $loc f64) (param $scale f64)
    (local $dst i32) (local $end i32) (local $p i32) (local $x1 f64) (local $x2 f64) (local $r2 f64) (local $f f64)
    (local.set $dst (i32.const 8192))
    (local.set $end (i32.add (i32.const 8192) (i32.shl (local.get $count) (i32.const 4))))
    (if (i32.ge_u (local.get $dst) (local.get $end)) (then (return)))
    (loop $try
      (if (i32.le_u (global.get $pos) (i32.const 620))
        (then
          (local.set $p (i32.add (i32.const 2496) (i32.shl (global.get $pos) (i32.const 2))))
          ;; (a·2²⁶ + b)·2⁻⁵³ as in $double, inlined (V8 does not inline wasm calls here).
          (local.set $x1 (f64.sub (f64.mul (f64.const 2) (f64.mul (f64.add
            (f64.mul (f64.convert_i32_u (i32.shr_u (i32.load (local.get $p)) (i32.const 5))) (f64.const 67108864))
            (f64.convert_i32_u (i32.shr_u (i32.load offset=4 (local.get $p)) (i32.const 6)))) (f64.const 0x1p-53))) (f64.const 1)))
          (local.set $x2 (f64.sub (f64.mul (f64.const 2) (f64.mul (f64.add
            (f64.mul (f64.convert_i32_u (i32.shr_u (i32.load offset=8 (local.get $p)) (i32.const 5))) (f64.const 67108864))
            (f64.convert_i32_u (i32.shr_u (i32.load offset=12 (local.get $p)) (i32.const 6)))) (f64.const 0x1p-53))) (f64.const 1)))
          (global.set $pos (i32.add (global.get $pos) (i32.const 4))))
        (else
          (local.set $x1 (f64.sub (f64.mul (f64.const 2) (call $double (call $word) (call $word))) (f64.const 1)))
          (local.set $x2 (f64.sub (f64.mul (f64.const 2) (call $double (call $word) (call $word))) (f64.const 1)))))
      (local.set $r2 (f64.add (f64.mul (local.get $x1) (local.get $x1)) (f64.mul (local.get $x2) (local.get $x2))))
      (f64.store (local.get $dst) (local.get $x1))
      (f64.store offset=8 (local.get $dst) (local.get $x2))
      ;; Keep the pair (advance) when 0 < r² < 1.
      (local.set $dst (i32.add (local.get $dst)
        (i32.shl (i32.and (f64.lt (local.get $r2) (f64.const 1)) (f64.ne (local.get $r2) (f64.const 0))) (i32.const 4))))
      (br_if $try (i32.lt_u (local.get $dst) (local.get $end))))
    (local.set $dst (i32.const 8192))
    (loop $pair
      (local.set $x1 (f64.load (local.get $dst)))
      (local.set $x2 (f64.load offset=8 (local.get $dst)))
      (local.set $r2 (f64.add (f64.mul (local.get $x1) (local.get $x1)) (f64.mul (local.get $x2) (local.get $x2))))
      (local.set $f (f64.sqrt (f64.div (f64.mul (f64.const -2) (call $ln (local.get $r2))) (local.get $r2))))
      (f64.store (local.get $dst) (f64.add (local.get $loc) (f64.mul (local.get $scale) (f64.mul (local.get $f) (local.get $x2)))))
      (f64.store offset=8 (local.get $dst) (f64.add (local.get $loc) (f64.mul (local.get $scale) (f64.mul (local.get $f) (local.get $x1)))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br_if $pair (i32.lt_u (local.get $dst) (local.get $end))))
    (f64.store (i32.const 8184) (f64.mul (local.get $f) (local.get $x1))))
)
