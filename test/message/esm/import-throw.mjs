import './throw.mjs';
