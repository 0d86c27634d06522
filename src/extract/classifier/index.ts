// The trained clause classifier for CUAD-style topics (see README "How topics are detected").
export { clauseFeatures, tokens } from './features.js';
export { compileModel, defaultModel, loadModel, DEFAULT_MODEL_PATH, MODEL_FORMAT } from './model.js';
export type { CombineMode, CompiledModel, ModelJson, ModelLabel } from './model.js';
export { applyClassifier, clauseScores, labelProbabilities } from './score.js';
