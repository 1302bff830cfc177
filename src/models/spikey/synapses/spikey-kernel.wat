;; Spikey's RLSTDP / LTP weight update (spec spikey.md §1.7) as a WebAssembly kernel: the
;; same loops and the same double arithmetic as SpikeyStdpPass.run in spikey-pass.ts, so the
;; weights are bit-identical to it. Assembled by `npm run build:wasm` into
;; spikey-kernel.wasm.ts (src/models/spikey/spikey-kernel.test.ts checks the bytes).
;;
;; The host (spikey-kernel.ts) lays the arrays out in the kernel's memory and calls `layout`
;; once; per step it writes credit(u) (0 for non-pre units) and the pre list, copies the post row
;; (the units that fired at t − 1) into `post`, and calls `update(nPre, nPost, max_weight, ltd)`:
;;   Δw[u][c] = credit(u)·[n_inputs + c ∈ P] − ltd·[u ∈ P]·credit(n_inputs + c),
;;   w ← clip(w + Δw, 0, max_weight), stored as float32, for every existing synapse with Δw ≠ 0;
;; the clip is done on the float32 bits, branch-free: round(clip(x, 0, M)) = clip(round(x), 0, round(M))
;; (rounding is monotonic), and for non-negative floats the bits order as integers, so
;; b = bits(round(x)); b ← b < 0 ? 0 : b (also −0 → +0); b ← min(b, bits(round(M))); NaN → 0.
;; Exact for M ≥ +0 (the host runs the JavaScript pass for M = −0 or M < 0).
;; then it zeroes credit, isPost and postCol again (ready for the next step).
(module
  (memory (export "memory") 1)
  (global $w (mut i32) (i32.const 0))         ;; f32 [rows · cols]
  (global $mask (mut i32) (i32.const 0))      ;; u8 [rows · cols]: 1 where a synapse exists
  (global $rowStart (mut i32) (i32.const 0))  ;; i32 [rows + 1] (CSR)
  (global $colIndex (mut i32) (i32.const 0))  ;; i32 [synapses]
  (global $credit (mut i32) (i32.const 0))    ;; f64 [rows]
  (global $pre (mut i32) (i32.const 0))       ;; i32 [rows]
  (global $isPost (mut i32) (i32.const 0))    ;; u8 [rows]
  (global $postCol (mut i32) (i32.const 0))   ;; f64 [cols]: 1 at the post body neurons
  (global $postCols (mut i32) (i32.const 0))  ;; i32 [cols]: their columns
  (global $post (mut i32) (i32.const 0))      ;; i32 [rows]: the post row
  (global $bits (mut i32) (i32.const 0))     ;; i32 [rows]: each unit's last steps (bit j: fired at t − 1 − j)
  (global $pol (mut i32) (i32.const 0))      ;; f64 [rows]: polarities
  (global $table (mut i32) (i32.const 0))    ;; f64 [W]: k(Δ)
  (global $newRow (mut i32) (i32.const 0))   ;; i32 [rows]: the units of row t − 1
  (global $rows (mut i32) (i32.const 0))
  (global $cols (mut i32) (i32.const 0))
  (global $nInputs (mut i32) (i32.const 0))

  (func (export "layout") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (global.set $w (local.get 0)) (global.set $mask (local.get 1))
    (global.set $rowStart (local.get 2)) (global.set $colIndex (local.get 3))
    (global.set $credit (local.get 4)) (global.set $pre (local.get 5))
    (global.set $isPost (local.get 6)) (global.set $postCol (local.get 7))
    (global.set $postCols (local.get 8)) (global.set $post (local.get 9))
    (global.set $cols (local.get 10)) (global.set $nInputs (local.get 11)))

  (func (export "layoutCredit") (param i32 i32 i32 i32 i32)
    (global.set $bits (local.get 0)) (global.set $pol (local.get 1)) (global.set $table (local.get 2))
    (global.set $newRow (local.get 3)) (global.set $rows (local.get 4)))

  ;; credit(u) = (Σ over the set bits of (bits[u] & windowBits) ≫ 2, lowest first, of k(Δ = bit + 1))
  ;; · (p_u · s) from 0, for every unit with a spike in the window, and their list in `pre`
  ;; (ascending u); returns how many. With `shift`, first bits ← bits ≪ 1 and bit 0 set for the
  ;; nNew units of `newRow` (the step the log gained since the last call). As SpikeyCredit.fromBits.
  (func (export "credits") (param $nNew i32) (param $shift i32) (param $windowBits i32) (param $scale f64) (result i32)
    (local $bits i32) (local $credit i32) (local $pre i32) (local $pol i32) (local $table i32) (local $rows i32)
    (local $u i32) (local $m i32) (local $b i32) (local $s f64) (local $nPre i32) (local $at i32)
    (local.set $bits (global.get $bits)) (local.set $credit (global.get $credit)) (local.set $pre (global.get $pre))
    (local.set $pol (global.get $pol)) (local.set $table (global.get $table)) (local.set $rows (global.get $rows))
    (if (local.get $shift) (then
      (block $done (loop $next
        (br_if $done (i32.ge_s (local.get $u) (local.get $rows)))
        (local.set $at (i32.add (local.get $bits) (i32.shl (local.get $u) (i32.const 2))))
        (i32.store (local.get $at) (i32.shl (i32.load (local.get $at)) (i32.const 1)))
        (local.set $u (i32.add (local.get $u) (i32.const 1)))
        (br $next)))
      (block $done (loop $next
        (br_if $done (i32.ge_s (local.get $m) (local.get $nNew)))
        (local.set $at (i32.add (local.get $bits) (i32.shl (i32.load (i32.add (global.get $newRow) (i32.shl (local.get $m) (i32.const 2)))) (i32.const 2))))
        (i32.store (local.get $at) (i32.or (i32.load (local.get $at)) (i32.const 1)))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $next)))))
    (local.set $u (i32.const 0))
    (block $done (loop $next
      (br_if $done (i32.ge_s (local.get $u) (local.get $rows)))
      (local.set $b (i32.and (i32.load (i32.add (local.get $bits) (i32.shl (local.get $u) (i32.const 2)))) (local.get $windowBits)))
      (if (local.get $b) (then
        (local.set $b (i32.shr_u (local.get $b) (i32.const 2)))
        (local.set $s (f64.const 0))
        (loop $bit
          (local.set $s (f64.add (local.get $s)
            (f64.load (i32.add (local.get $table) (i32.shl (i32.add (i32.ctz (local.get $b)) (i32.const 1)) (i32.const 3))))))
          (local.set $b (i32.and (local.get $b) (i32.sub (local.get $b) (i32.const 1))))
          (br_if $bit (local.get $b)))
        (f64.store (i32.add (local.get $credit) (i32.shl (local.get $u) (i32.const 3)))
          (f64.mul (local.get $s) (f64.mul (f64.load (i32.add (local.get $pol) (i32.shl (local.get $u) (i32.const 3)))) (local.get $scale))))
        (i32.store (i32.add (local.get $pre) (i32.shl (local.get $nPre) (i32.const 2))) (local.get $u))
        (local.set $nPre (i32.add (local.get $nPre) (i32.const 1)))))
      (local.set $u (i32.add (local.get $u) (i32.const 1)))
      (br $next)))
    (local.get $nPre))

  ;; Every store is w[i] ← float32(x > M ? M : x > 0 ? x : 0) by the integer clip above (NaN → 0,
  ;; −0 → +0, as the JavaScript clip; a float select compiles to branches, which mispredict on
  ;; saturated weights). Everything is one function with the array bases in locals (the engine
  ;; neither inlines small functions nor hoists global loads out of loops).
  (func (export "update") (param $nPre i32) (param $nPost i32) (param $M f64) (param $ltd i32)
    (local $w i32) (local $mask i32) (local $rowStart i32) (local $colIndex i32) (local $credit i32)
    (local $pre i32) (local $isPost i32) (local $postCol i32) (local $postCols i32) (local $post i32)
    (local $cols i32) (local $nInputs i32) (local $bodyCredit i32)
    (local $m i32) (local $a i32) (local $u i32) (local $nCols i32) (local $c i32) (local $full i32)
    (local $k i32) (local $end i32) (local $base i32) (local $i i32) (local $j i32) (local $up f64) (local $delta f64) (local $x f64) (local $b i32) (local $d i32) (local $Mb i32)
    (local.set $w (global.get $w)) (local.set $mask (global.get $mask))
    (local.set $rowStart (global.get $rowStart)) (local.set $colIndex (global.get $colIndex))
    (local.set $credit (global.get $credit)) (local.set $pre (global.get $pre))
    (local.set $isPost (global.get $isPost)) (local.set $postCol (global.get $postCol))
    (local.set $postCols (global.get $postCols)) (local.set $post (global.get $post))
    (local.set $cols (global.get $cols)) (local.set $nInputs (global.get $nInputs))
    (local.set $Mb (i32.reinterpret_f32 (f32.demote_f64 (local.get $M))))
    (local.set $bodyCredit (i32.add (local.get $credit) (i32.shl (local.get $nInputs) (i32.const 3))))
    ;; Mark P: isPost, and postCol / postCols for its body neurons.
    (block $done (loop $next
      (br_if $done (i32.ge_s (local.get $m) (local.get $nPost)))
      (local.set $u (i32.load (i32.add (local.get $post) (i32.shl (local.get $m) (i32.const 2)))))
      (i32.store8 (i32.add (local.get $isPost) (local.get $u)) (i32.const 1))
      (if (i32.ge_s (local.get $u) (local.get $nInputs)) (then
        (local.set $c (i32.sub (local.get $u) (local.get $nInputs)))
        (f64.store (i32.add (local.get $postCol) (i32.shl (local.get $c) (i32.const 3))) (f64.const 1))
        (i32.store (i32.add (local.get $postCols) (i32.shl (local.get $nCols) (i32.const 2))) (local.get $c))
        (local.set $nCols (i32.add (local.get $nCols) (i32.const 1)))))
      (local.set $m (i32.add (local.get $m) (i32.const 1)))
      (br $next)))
    ;; The rows: a < nPre are the pre units (a full row when the unit is also post and LTD is on,
    ;; else its post columns); then, with LTD, the post units that are not pre (full rows, up = 0).
    (block $rowsDone (loop $row
      (br_if $rowsDone (i32.ge_s (local.get $a) (i32.add (local.get $nPre) (local.get $nPost))))
      (block $skip
        (if (i32.lt_s (local.get $a) (local.get $nPre))
          (then
            (local.set $u (i32.load (i32.add (local.get $pre) (i32.shl (local.get $a) (i32.const 2)))))
            (local.set $up (f64.load (i32.add (local.get $credit) (i32.shl (local.get $u) (i32.const 3)))))
            (local.set $full (i32.and (local.get $ltd) (i32.load8_u (i32.add (local.get $isPost) (local.get $u))))))
          (else
            (br_if $rowsDone (i32.eqz (local.get $ltd)))
            (local.set $u (i32.load (i32.add (local.get $post) (i32.shl (i32.sub (local.get $a) (local.get $nPre)) (i32.const 2)))))
            (br_if $skip (f64.ne (f64.load (i32.add (local.get $credit) (i32.shl (local.get $u) (i32.const 3)))) (f64.const 0)))
            (local.set $up (f64.const 0))
            (local.set $full (i32.const 1))))
        (local.set $k (i32.load (i32.add (local.get $rowStart) (i32.shl (local.get $u) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (local.get $rowStart) (i32.shl (local.get $u) (i32.const 2)))))
        (local.set $base (i32.mul (local.get $u) (local.get $cols)))
        (if (local.get $full) (then
          ;; Δw[u][c] = up·postCol[c] − credit(n_inputs + c) on every synapse of the row.
          (block $done (loop $next
            (br_if $done (i32.ge_s (local.get $k) (local.get $end)))
            (local.set $c (i32.load (i32.add (local.get $colIndex) (i32.shl (local.get $k) (i32.const 2)))))
            (local.set $delta
              (f64.sub (f64.mul (local.get $up) (f64.load (i32.add (local.get $postCol) (i32.shl (local.get $c) (i32.const 3)))))
                       (f64.load (i32.add (local.get $bodyCredit) (i32.shl (local.get $c) (i32.const 3))))))
            (if (f64.ne (local.get $delta) (f64.const 0)) (then
              (local.set $i (i32.add (local.get $w) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 2))))
              (local.set $x (f64.add (f64.promote_f32 (f32.load (local.get $i))) (local.get $delta)))
              (local.set $b (i32.reinterpret_f32 (f32.demote_f64 (local.get $x))))
              (local.set $b (i32.and (local.get $b) (i32.xor (i32.shr_s (local.get $b) (i32.const 31)) (i32.const -1))))
              (local.set $d (i32.sub (local.get $b) (local.get $Mb)))
              (local.set $b (i32.add (local.get $Mb) (i32.and (local.get $d) (i32.shr_s (local.get $d) (i32.const 31)))))
              (i32.store (local.get $i) (select (local.get $b) (i32.const 0) (f64.eq (local.get $x) (local.get $x))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $next)))
          (br $skip)))
        (if (i32.le_s (i32.sub (local.get $end) (local.get $k)) (local.get $nCols)) (then
          ;; + up at the post columns, walking the row's (shorter) synapse list.
          (block $done (loop $next
            (br_if $done (i32.ge_s (local.get $k) (local.get $end)))
            (local.set $c (i32.load (i32.add (local.get $colIndex) (i32.shl (local.get $k) (i32.const 2)))))
            (if (f64.ne (f64.load (i32.add (local.get $postCol) (i32.shl (local.get $c) (i32.const 3)))) (f64.const 0)) (then
              (local.set $i (i32.add (local.get $w) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 2))))
              (local.set $x (f64.add (f64.promote_f32 (f32.load (local.get $i))) (local.get $up)))
              (local.set $b (i32.reinterpret_f32 (f32.demote_f64 (local.get $x))))
              (local.set $b (i32.and (local.get $b) (i32.xor (i32.shr_s (local.get $b) (i32.const 31)) (i32.const -1))))
              (local.set $d (i32.sub (local.get $b) (local.get $Mb)))
              (local.set $b (i32.add (local.get $Mb) (i32.and (local.get $d) (i32.shr_s (local.get $d) (i32.const 31)))))
              (i32.store (local.get $i) (select (local.get $b) (i32.const 0) (f64.eq (local.get $x) (local.get $x))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $next)))
          (br $skip)))
        ;; + up at the post columns, walking the (shorter) post list: when the row's synapses are one
        ;; run of columns c0 … c0 + len − 1 (layer blocks) by that range, else by the mask.
        (local.set $j (i32.const 0))
        (local.set $c (i32.load (i32.add (local.get $colIndex) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $end (i32.sub (local.get $end) (local.get $k)))
        (if (i32.eq (i32.sub (i32.load (i32.add (local.get $colIndex) (i32.shl (i32.add (local.get $k) (i32.sub (local.get $end) (i32.const 1))) (i32.const 2)))) (local.get $c))
                    (i32.sub (local.get $end) (i32.const 1)))
          (then
            (block $done (loop $next
              (br_if $done (i32.ge_s (local.get $j) (local.get $nCols)))
              (local.set $i (i32.load (i32.add (local.get $postCols) (i32.shl (local.get $j) (i32.const 2)))))
              (if (i32.lt_u (i32.sub (local.get $i) (local.get $c)) (local.get $end)) (then
                (local.set $i (i32.add (local.get $w) (i32.shl (i32.add (local.get $base) (local.get $i)) (i32.const 2))))
                (local.set $x (f64.add (f64.promote_f32 (f32.load (local.get $i))) (local.get $up)))
                (local.set $b (i32.reinterpret_f32 (f32.demote_f64 (local.get $x))))
              (local.set $b (i32.and (local.get $b) (i32.xor (i32.shr_s (local.get $b) (i32.const 31)) (i32.const -1))))
              (local.set $d (i32.sub (local.get $b) (local.get $Mb)))
              (local.set $b (i32.add (local.get $Mb) (i32.and (local.get $d) (i32.shr_s (local.get $d) (i32.const 31)))))
              (i32.store (local.get $i) (select (local.get $b) (i32.const 0) (f64.eq (local.get $x) (local.get $x))))))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $next)))
            (br $skip)))
        (block $done (loop $next
          (br_if $done (i32.ge_s (local.get $j) (local.get $nCols)))
          (local.set $i (i32.add (local.get $base) (i32.load (i32.add (local.get $postCols) (i32.shl (local.get $j) (i32.const 2))))))
          (if (i32.load8_u (i32.add (local.get $mask) (local.get $i))) (then
            (local.set $i (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 2))))
            (local.set $x (f64.add (f64.promote_f32 (f32.load (local.get $i))) (local.get $up)))
            (local.set $b (i32.reinterpret_f32 (f32.demote_f64 (local.get $x))))
              (local.set $b (i32.and (local.get $b) (i32.xor (i32.shr_s (local.get $b) (i32.const 31)) (i32.const -1))))
              (local.set $d (i32.sub (local.get $b) (local.get $Mb)))
              (local.set $b (i32.add (local.get $Mb) (i32.and (local.get $d) (i32.shr_s (local.get $d) (i32.const 31)))))
              (i32.store (local.get $i) (select (local.get $b) (i32.const 0) (f64.eq (local.get $x) (local.get $x))))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $next))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br $row)))
    ;; Clear credit, isPost and postCol.
    (local.set $a (i32.const 0))
    (block $done (loop $next
      (br_if $done (i32.ge_s (local.get $a) (local.get $nPre)))
      (f64.store (i32.add (local.get $credit) (i32.shl (i32.load (i32.add (local.get $pre) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3))) (f64.const 0))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br $next)))
    (local.set $m (i32.const 0))
    (block $done (loop $next
      (br_if $done (i32.ge_s (local.get $m) (local.get $nPost)))
      (local.set $u (i32.load (i32.add (local.get $post) (i32.shl (local.get $m) (i32.const 2)))))
      (i32.store8 (i32.add (local.get $isPost) (local.get $u)) (i32.const 0))
      (if (i32.ge_s (local.get $u) (local.get $nInputs)) (then
        (f64.store (i32.add (local.get $postCol) (i32.shl (i32.sub (local.get $u) (local.get $nInputs)) (i32.const 3))) (f64.const 0))))
      (local.set $m (i32.add (local.get $m) (i32.const 1)))
      (br $next))))
)
