/** The five plasticity switches, the phase and the noise: all apply from the next step. */
import { RULES, type Rule } from "../models/sorn/rules";
import { useHidden, useLab, useLabApi } from "./context";

/** Display names (the accessible names of the switches) and what each rule does. */
export const RULE_INFO: Record<Rule, { name: string; description: string }> = {
  stdp: { name: "STDP", description: "spike-timing-dependent plasticity of E→E weights" },
  ip: { name: "IP", description: "intrinsic plasticity: thresholds track the target rate" },
  sp: { name: "SP", description: "structural plasticity: new E→E synapses appear" },
  istdp: { name: "iSTDP", description: "inhibitory STDP of I→E weights" },
  ss: { name: "SS", description: "synaptic scaling: incoming weights sum to 1" },
};

/** A labelled on/off switch. */
function Switch({ id, name, description, checked, onChange }: { id: string; name: string; description: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="switch-row">
      <input id={id} type="checkbox" role="switch" checked={checked} aria-describedby={`${id}-desc`} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{name}</label>
      <span id={`${id}-desc`} className="desc">
        {description}
      </span>
    </div>
  );
}

/** Rules, phase and noise. */
export function RulesPanel() {
  const { lab } = useLabApi();
  const rules = useLab((s) => s.config.rules);
  const phase = useLab((s) => s.config.phase);
  const noise = useLab((s) => s.config.noise);
  const hideRules = useHidden("rules");
  const hidePhase = useHidden("phase");
  const hideNoise = useHidden("noise");
  if (hideRules && hidePhase && hideNoise) return null;
  return (
    <section className="control-group" aria-labelledby="rules-h">
      <h2 id="rules-h">Plasticity</h2>
      {!hideRules &&
        RULES.map((r) => (
          <Switch key={r} id={`rule-${r}`} name={RULE_INFO[r].name} description={RULE_INFO[r].description} checked={rules[r]} onChange={(on) => void lab.setRule(r, on)} />
        ))}
      {!hidePhase && (
        <div className="field-row">
          <label htmlFor="phase">Phase</label>
          <select id="phase" value={phase} aria-describedby="phase-desc" onChange={(e) => void lab.setPhase(e.target.value as typeof phase)}>
            <option value="plasticity">plasticity</option>
            <option value="training">training</option>
          </select>
          <span id="phase-desc" className="desc">
            training: no plasticity at all
          </span>
        </div>
      )}
      {!hideNoise && <Switch id="noise" name="Noise" description="Gaussian noise (σ = noise_sigma) on every drive" checked={noise} onChange={(on) => void lab.setNoise(on)} />}
    </section>
  );
}
